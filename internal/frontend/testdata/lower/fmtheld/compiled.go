// Values of the program's types held in compiled interfaces with methods
// (fmt.Stringer, error, an error field), printed with verbs that call no
// method (%d, %#v, %x) and named by %T.
package main

import (
	"fmt"
)

type PE struct{ msg string }

func (e *PE) Error() string { return e.msg }

type VE struct{ Code int }

func (e VE) Error() string { return fmt.Sprint("ve ", e.Code) }

type Code int

func (c Code) Error() string { return fmt.Sprint("code ", int(c)) }

type Wrap struct {
	Op  string
	Err error
}

type Suit int

func (s Suit) String() string { return [...]string{"spades", "hearts"}[s] }

func main() {
	var s fmt.Stringer = Suit(1)
	fmt.Printf("%d %v %#v %T\n", s, s, s, s)
	var e error = &PE{"boom"}
	fmt.Printf("%T %v %d\n", e, e, e)
	errs := []error{VE{1}, &PE{"x"}, Code(3)}
	for _, x := range errs {
		fmt.Printf("%T %v %#v\n", x, x, x)
	}
	w := Wrap{"read", Code(4)}
	fmt.Printf("%v %+v %#v %d\n", w, w, w, w)
	var c error = Code(7)
	fmt.Printf("%d %x %#v %T\n", c, c, c, c)
}

// Output:
// 1 hearts 1 main.Suit
// *main.PE boom &{%!d(string=boom)}
// main.VE ve 1 main.VE{Code:1}
// *main.PE x &main.PE{msg:"x"}
// main.Code code 3 3
// {read code 4} {Op:read Err:code 4} main.Wrap{Op:"read", Err:4} {%!d(string=read) 4}
// 7 636f64652037 7 main.Code
