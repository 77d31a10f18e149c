// Iterators that break the rules of range over functions: Go's run-time
// errors, recovered as runtime.Error values.
package main

import (
	"fmt"
	"runtime"
)

func ignoresFalse(yield func(int) bool) {
	yield(1)
	yield(2)
}

var saved func(int) bool

func keeps(yield func(int) bool) {
	saved = yield
	yield(1)
}

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isRT := r.(runtime.Error)
		fmt.Println(name+":", r, isRT)
	}()
	f()
}

func main() {
	try("after false", func() {
		for x := range ignoresFalse {
			fmt.Println("got", x)
			break
		}
	})
	try("after the loop", func() {
		for x := range keeps {
			fmt.Println("got", x)
		}
		saved(2)
	})
}
