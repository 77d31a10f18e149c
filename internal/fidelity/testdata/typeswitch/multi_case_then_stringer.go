package main

import "fmt"

type Circle struct{ R float64 }

func (c *Circle) String() string { return fmt.Sprintf("Circle(%g)", c.R) }

func describe(x any) string {
	switch v := x.(type) {
	case int, int64:
		return fmt.Sprintf("int-ish %v", v)
	case fmt.Stringer:
		return "stringer " + v.String()
	default:
		return fmt.Sprintf("other %v", v)
	}
}

func main() {
	fmt.Println(describe(3))
	fmt.Println(describe(int64(4)))
	fmt.Println(describe(&Circle{2}))
	fmt.Println(describe("s"))
	var a any = &Circle{5}
	switch v := a.(type) {
	case int:
		fmt.Println("int", v)
	case fmt.Stringer:
		fmt.Println("str", v.String())
	}
}
