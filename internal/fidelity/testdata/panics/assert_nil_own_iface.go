// The run-time error of a failed assertion to an interface of the
// program's, of a nil interface, a value without the method, a nil any.
package main

import "fmt"

type Shape interface{ Area() float64 }
type Namer interface{ Name() string }
type Sq struct{}

func (Sq) Area() float64 { return 1 }

func main() {
	func() {
		defer func() { fmt.Println(recover()) }()
		var s Shape
		_ = s.(Namer)
	}()
	func() {
		defer func() { fmt.Println(recover()) }()
		var s Shape = Sq{}
		_ = s.(Namer)
	}()
	func() {
		defer func() { fmt.Println(recover()) }()
		var s any
		_ = s.(Namer)
	}()
	func() {
		defer func() { fmt.Println(recover()) }()
		var s any = 3
		_ = s.(Namer)
	}()
	func() {
		defer func() { fmt.Println(recover()) }()
		var s Shape
		_ = s.(fmt.Stringer)
	}()
}
