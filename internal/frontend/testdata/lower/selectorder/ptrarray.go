// A case receiving into variables from an array of channels reached
// through a pointer takes the channel from a variable (the interpreter
// could not type it there).
package main

import "fmt"

type rat struct{ num, den int64 }

func main() {
	dat := new([2]chan rat)
	dat[0] = make(chan rat, 1)
	dat[1] = make(chan rat, 1)
	dat[1] <- rat{1, 2}
	var it rat
	select {
	case it = <-dat[0]:
		fmt.Println("first", it)
	case it = <-dat[1]:
		fmt.Println("second", it)
	}
	dat[0] <- rat{3, 4}
	select {
	case r, ok := <-dat[0]:
		fmt.Println(r, ok)
	}
}

// Output:
// second {1 2}
// {3 4} true
