package main

import "fmt"

type Level int

const (
	Debug Level = iota + 1
	Info
	Warn
)

func (l Level) IsInfo() bool { return l == Info }

func check(l Level) bool { return l == Debug }

func main() {
	fmt.Println(Debug == 1, Info == Level(2), Warn == 3, int(Warn))
	fmt.Println(Info.IsInfo(), check(Debug), check(Info))
	l := Info
	fmt.Println(l == Info, l == 2, l > Debug, Warn-Info)
	for _, lv := range []Level{Debug, Info, Warn} {
		if lv == Info {
			fmt.Println("found info")
		}
	}
	switch l {
	case Debug:
		fmt.Println("debug")
	case Info:
		fmt.Println("info")
	default:
		fmt.Println("other")
	}
}
