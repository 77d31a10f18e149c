package main

import "fmt"

// The interpreter stores an entry poll's value in the frame slot of an
// unnamed parameter: they are named _.
func handler(int, ...string) int { return 1 }

func main() {
	f := func(*int) { fmt.Println("done") }
	f(nil)
	fmt.Println(handler(1))
}
