package main

import (
	"fmt"
	"time"

	"github.com/asyncrepl/asyncrepl/loop"
)

func main() {
	l := loop.New()
	v, err := l.RunUntilComplete(loop.Async(func() (any, error) {
		f := loop.Get().CreateFuture()
		loop.Get().CallLater(time.Second, func() { f.SetResult(42) })
		return loop.Await(f)
	}))
	fmt.Println(v, err)
	l.Close()
}
