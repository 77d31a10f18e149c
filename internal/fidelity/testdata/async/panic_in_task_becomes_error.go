package main

import (
	"errors"
	"fmt"

	"github.com/asyncrepl/asyncrepl/loop"
)

func main() {
	_, err := loop.Run(loop.Async(func() (any, error) {
		t := loop.CreateTask(loop.Async(func() {
			var m map[string]int
			m["x"] = 1
		}))
		return loop.Await(t)
	}))
	fmt.Println(err != nil)
	var pe *loop.PanicError
	fmt.Println(errors.As(err, &pe))
}
