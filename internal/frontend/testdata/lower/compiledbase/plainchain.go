// A type defined by a non-struct type of the program's is written with
// the underlying type, methods or not: its literals elide the elements'
// type (the interpreter failed on N3{{"z"}}: "cannot convert untyped
// string to main.Item"), and conversions both ways stay.
package main

import "fmt"

type Item struct{ Name string }

type N2 []Item
type N3 N2
type Index map[string]Item
type Index2 Index

func main() {
	n := N3{{"z"}, {Name: "y"}}
	fmt.Println(n, len(N2(n)), Index2{"k": {"v"}})
	fmt.Printf("%T %T\n", n, Index2{})
}

// Output:
// [{z} {y}] 2 map[k:{v}]
// main.N3 main.Index2
