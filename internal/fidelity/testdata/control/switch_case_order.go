package main

import "fmt"

func v(n int) int { fmt.Print("v", n, " "); return n }

func main() {
	switch v(0) + 2 {
	case v(1), v(2), v(3):
		fmt.Println("matched 2")
	case v(4):
		fmt.Println("4")
	}
	switch {
	case v(5) > 10:
	case v(6) == 6, v(7) == 7:
		fmt.Println("six")
	}
	switch x := v(8); {
	default:
		fmt.Println("default first", x)
	case x > 100:
		fmt.Println("big")
	}
	for i := range 4 {
		switch i {
		case 0:
			continue
		case 1:
			fmt.Print("one ")
			fallthrough
		case 2:
			fmt.Print("two ")
			if i == 1 {
				break
			}
			fmt.Print("(i=2) ")
		default:
			fmt.Print("dflt ")
		}
	}
	fmt.Println()
	s := "b"
	switch s {
	case "a":
	case "b":
		fallthrough
	case "c":
		fmt.Println("b->c")
		fallthrough
	case "d":
		fmt.Println("c->d")
	}
}
