// A case list in a switch without a tag runs its case when any of its
// expressions is true, tried left to right (yaegi tried only the first).
package main

import "fmt"

func classify(b byte) string {
	switch {
	case '0' <= b && b <= '9', 'A' <= b && b <= 'Z', 'a' <= b && b <= 'z':
		return "alnum"
	case b == ' ', b == '\t':
		return "space"
	default:
		return "other"
	}
}

var tried []int

func try(n int, ok bool) bool {
	tried = append(tried, n)
	return ok
}

func main() {
	for _, b := range []byte("5Az \t!") {
		fmt.Print(classify(b), " ")
	}
	fmt.Println()
	switch {
	case try(1, false), try(2, true), try(3, true):
		fmt.Println("matched", tried)
	}
	x := 3
	switch true {
	case x == 1, x == 3:
		fmt.Println("switch true")
	}
}

// Output:
// alnum alnum alnum space space other
// matched [1 2]
// switch true
