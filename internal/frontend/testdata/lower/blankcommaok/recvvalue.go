// A comma-ok receive with only the value blank assigns ok (the interpreter
// stored the value where ok is: reflect.Set panicked); the value goes to
// a variable of its own.
package main

import "fmt"

type msg struct{ text string }

func main() {
	ch := make(chan string, 1)
	ch <- "z"
	var ok bool
	_, ok = <-ch
	fmt.Println(ok)
	ms := make(chan msg, 1)
	ms <- msg{"hi"}
	close(ms)
	for i := 0; i < 2; i++ {
		_, ok = <-ms
		fmt.Println(i, ok)
	}
}

// Output:
// true
// 0 true
// 1 false
