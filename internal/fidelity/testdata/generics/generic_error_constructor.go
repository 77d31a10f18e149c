package main

import "fmt"

// NotFound is an error about a missing key of any type.
type NotFound[K any] struct{ key K }

func (e NotFound[K]) Error() string { return fmt.Sprint("not found: ", e.key) }

func notFound[K any](k K) NotFound[K] { return NotFound[K]{k} }

// Opt is an optional value that prints itself.
type Opt[T any] struct{ val T }

func Some[T any](v T) Opt[T] { return Opt[T]{v} }

func (o Opt[T]) String() string { return fmt.Sprintf("Some(%v)", o.val) }

func main() {
	var err error = notFound(42)
	fmt.Println(err)
	err = notFound("user")
	fmt.Println(err)
	var s fmt.Stringer = Some("x")
	fmt.Println(s)
	s = Some(2.5)
	fmt.Println(s)
}
