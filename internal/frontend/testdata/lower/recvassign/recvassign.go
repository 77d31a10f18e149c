// A variable given a value received from a channel can be assigned again
// (yaegi panicked "reflect: reflect.Value.Set using unaddressable value").
package main

import "fmt"

func main() {
	c := make(chan int, 8)
	for i := range 8 {
		c <- i + 1
	}
	s := <-c
	s += 10
	t := <-c
	t++
	var u = <-c
	p := &u
	*p = 30
	a, b := <-c, <-c
	a, b = b, a
	var v int
	v = <-c
	v *= 2
	if w := <-c; w > 0 {
		w = -w
		fmt.Println("w", w)
	}
	x, ok := <-c
	x = 100
	select {
	case y := <-c:
		fmt.Println("y", y)
	default:
	}
	fmt.Println(s, t, u, a, b, v, x, ok)
}

// Output:
// w -7
// 11 3 30 5 4 12 100 true
