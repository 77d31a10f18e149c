// Compile-time interface checks (var _ Shape = Sq{}) beside other package
// variables named _ of other types.
package main

import "fmt"

type Shape interface{ Area() float64 }

type Sq struct{ s float64 }

type Circle struct{ r float64 }

func (q Sq) Area() float64     { return q.s * q.s }
func (c Circle) Area() float64 { return 3 * c.r * c.r }

var _ Shape = Sq{}
var _ Shape = (*Circle)(nil)
var _ Shape = Circle{}

const Version = "1.0"

var _ = Version

var b, _ int

func main() {
	fmt.Println("ok", Sq{2}.Area(), Circle{1}.Area(), b, Version)
}
