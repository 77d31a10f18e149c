// Variadic calls deferred with nil spread as the values: the function gets
// a nil slice.
package main

import "fmt"

type Shower interface {
	Show(prefix string, xs ...int)
}

type S struct{}

func (S) Show(prefix string, xs ...int) { fmt.Println(prefix, xs, xs == nil) }

func show(prefix string, xs ...int) { fmt.Println(prefix, len(xs), xs == nil) }

func main() {
	var sh Shower = S{}
	defer sh.Show("method", nil...)
	defer show("func", nil...)
	f := show
	defer f("value", nil...)
	fmt.Println("body")
}
