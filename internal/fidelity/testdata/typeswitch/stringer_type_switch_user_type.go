package main

import "fmt"

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

func main() {
	var v any = Temp(21.5)
	switch x := v.(type) {
	case fmt.Stringer:
		fmt.Println("stringer", x)
	case float64:
		fmt.Println("float", x)
	}
}
