// A deferred literal that recovers in an if or switch header, or in a
// case, and then panics at run time in the block: the panic goes to the
// call deferred before it.
package main

import "fmt"

func f(mode int) (out string) {
	defer func() { out = fmt.Sprint("got: ", recover()) }()
	defer func() {
		switch mode {
		case 0:
			if recover() != nil {
				var xs []int
				_ = xs[3]
			}
		case 1:
			if r := recover(); r != nil {
				panic(fmt.Sprint("re ", r))
			}
		case 2:
			if r := recover(); r != nil {
				var xs []int
				_ = xs[2]
			}
		case 3:
			r := recover()
			if r != nil {
				var xs []int
				_ = xs[1]
			}
		}
	}()
	panic("orig")
}

func main() {
	for i := range 4 {
		fmt.Println(f(i))
	}
}
