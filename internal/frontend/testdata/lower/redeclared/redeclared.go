// Interfaces a short declaration assigns (declared before in the block)
// given a value of another type: a typed nil into an error, a Stringer
// into an any, in a loop's body too.
package main

import "fmt"

type E struct{}

func (*E) Error() string { return "E" }

type Tag string

func (t Tag) String() string { return "<" + string(t) + ">" }

func find(k int) (*E, bool) { return nil, k > 0 }

func main() {
	var err error
	err, ok := find(1)
	fmt.Println(err != nil, ok)
	tags := map[int]Tag{1: "one"}
	for i := range 2 {
		var d any = "x"
		d, found := tags[i]
		fmt.Println(d, found)
	}
	var s fmt.Stringer
	s, present := tags[1]
	fmt.Println(s, present)
}

// Output:
// true true
// <> false
// <one> true
// <one> true
