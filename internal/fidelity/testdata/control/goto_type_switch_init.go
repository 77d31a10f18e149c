package main

import "fmt"

var calls int

func next() any { calls++; return calls }

// again jumps back to a type switch's label from inside a case: the init
// runs again.
func again() {
	i := 0
L:
	switch j := i; t := any(j).(type) {
	case int:
		i++
		if i < 3 {
			goto L
		}
		fmt.Println("done", t, j)
	}
}

// fromAfter jumps back to the label from after the switch.
func fromAfter(n int) int {
	fmt.Println("start", n)
M:
	switch v := any(n); v.(type) {
	case int:
	}
	n++
	if n < 3 {
		goto M
	}
	return n
}

// withBreak leaves the switch by its label too.
func withBreak() int {
	n := 0
B:
	switch v := any(n); v.(type) {
	case int:
		n++
		if n > 5 {
			break B
		}
		goto B
	}
	return n
}

func main() {
	again()
L:
	switch v := next(); v.(type) {
	case int:
		if calls < 3 {
			goto L
		}
		fmt.Println("v", v, calls)
	}
	fmt.Println("n", fromAfter(0))
	fmt.Println("broke at", withBreak())
}
