// An assertion to a compiled interface (fmt.Stringer, error) that one of
// the program's types implements asks for those types first: the
// interpreter's own assertion misses a value of them held in an any. The
// one-result form of an assertion to the program's interface is written
// the same way.
package main

import "fmt"

type T struct{ N int }

func (T) String() string { return "tee" }

type Shape interface{ Area() int }

type Sq struct{ s int }

func (q Sq) Area() int { return q.s * q.s }

func main() {
	var a any = T{}
	_, ok := a.(fmt.Stringer)
	fmt.Println(ok, a.(fmt.Stringer).String())
	var x any = Sq{3}
	fmt.Println(x.(Shape).Area())
}

// Output:
// true tee
// 9
