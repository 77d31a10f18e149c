package main

import (
	"fmt"
	"time"

	"github.com/asyncrepl/asyncrepl/loop"
)

func main() {
	loop.Run(loop.Async(func() error {
		start := loop.Get().Time()
		loop.Await(loop.Sleep(90 * time.Second))
		fmt.Printf("%.0f seconds passed\n", loop.Get().Time()-start)
		return nil
	}))
}
