// Functions whose parameters have no names, called from a closure: with
// the session's safe points, yaegi laid their frames out wrong (the call
// panicked: "reflect.Set: value of type int is not assignable to type
// chan struct {}").
package main

import "fmt"

type T struct{ n int }

func (T) add(int, int) int { return 0 }

func escape(*int) {}

func f(int) {}

func g(string, ...int) int { return 2 }

func main() {
	t := 1
	func() {
		f(t)
	}()
	escape(&t)
	sum := 0
	for i := 0; i < 3; i++ {
		v := i
		func() {
			f(v)
			sum += g("x", v, v)
		}()
		escape(&v)
	}
	h := func(int) int { return t }
	fmt.Println(t, sum, h(5), T{}.add(1, 2))
}

// Output:
// 1 6 1 0
