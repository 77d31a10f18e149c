package main

import (
	"fmt"

	"github.com/asyncrepl/asyncrepl/loop"
)

func main() {
	v, err := loop.Run(loop.Async(func() (any, error) {
		f := loop.Get().RunInExecutor(func() int {
			s := 0
			for i := range 1000 {
				s += i
			}
			return s
		})
		return loop.Await(f)
	}))
	fmt.Println(v, err)
}
