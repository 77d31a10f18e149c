package main

import "fmt"

type Level int

const (
	Debug Level = iota
	Info
	Warn
)

func (l Level) String() string { return [...]string{"debug", "info", "warn"}[l] }

type Node struct{ Name string }

func (n *Node) Describe() string { return "node " + n.Name }

func main() {
	var x any = Warn
	fmt.Println(x == Warn, x == Info, x != Debug)
	var y any = Level(2)
	fmt.Println(x == y)
	n := &Node{"a"}
	var p any = n
	fmt.Println(p == n, p == &Node{"a"})
	values := []any{Info, "info", 1.5}
	for _, v := range values {
		switch v := v.(type) {
		case Level:
			fmt.Println("level", v)
		case string:
			fmt.Println("string", v)
		default:
			fmt.Println("other", v)
		}
	}
}
