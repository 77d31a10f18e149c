// fmt's and log's printing functions taken as values, not called where
// they are named, are their checked forms: whatever they are called with
// later is checked as a call would be. Their results are those of fmt's.
package main

import "fmt"

func apply(f func(...any) string, a ...any) string { return f(a...) }

func main() {
	pr := fmt.Println
	pr("printed", []any{1, "two"})
	fmt.Println(apply(fmt.Sprint, "a", 1, 2))
	printf := fmt.Printf
	printf("%d-%s\n", 3, "x")
	defer fmt.Println("deferred, a call")
}

// Output:
// printed [1 two]
// a1 2
// 3-x
// deferred, a call
