package main

import "fmt"

type MyInt int
type Pair struct{ A, B MyInt }

func main() {
	var i MyInt = 4
	fmt.Printf("%T %T %T %T\n", i, Pair{}, []MyInt{}, map[string]Pair{})
	fmt.Printf("%T %T\n", &i, func(MyInt) error { return nil })
}
