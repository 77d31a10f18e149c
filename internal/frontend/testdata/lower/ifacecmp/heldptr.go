// A pointer of the program's with methods compared with an interface
// holding it: an any, or an error (the interpreter holds the pointer in a
// wrapper of its own, which compared unequal).
package main

import "fmt"

type Op struct{ Name string }

func (o *Op) Error() string { return o.Name }

var ErrSentinel = &Op{"sentinel"}

func find() error { return ErrSentinel }

func main() {
	var a any = ErrSentinel
	err := find()
	fmt.Println(a == ErrSentinel, err == ErrSentinel, err != &Op{"sentinel"})
}

// Output:
// true true true
