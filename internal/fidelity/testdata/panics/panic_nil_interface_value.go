package main

import "fmt"

type Num int

func (n Num) String() string { return fmt.Sprintf("Num<%d>", int(n)) }

type Code string

func (c Code) Error() string { return "code:" + string(c) }

type S struct{ A int }

func main() {
	defer fmt.Println("deferred")
	func() {
		defer func() {
			r := recover()
			fmt.Printf("%v|%T|%#v\n", r, r, r)
			_, isErr := r.(error)
			_, isStr := r.(fmt.Stringer)
			fmt.Println(isErr, isStr)
		}()
		panic(error(nil))
	}()
	panic(error(nil))
}
