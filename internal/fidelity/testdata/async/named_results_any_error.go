package main

import (
	"fmt"
	"time"

	"github.com/asyncrepl/asyncrepl/loop"
)

func fetch(id int) *loop.Coroutine {
	return loop.Async(func() (res any, err error) {
		if _, err = loop.Await(loop.Sleep(time.Duration(id) * time.Millisecond)); err != nil {
			return nil, err
		}
		if id < 0 {
			return nil, fmt.Errorf("bad id %d", id)
		}
		res = fmt.Sprintf("item-%d", id)
		return res, nil
	})
}

func main() {
	fmt.Println(loop.Run(fetch(2)))
	fmt.Println(loop.Run(fetch(-1)))
	fmt.Println(loop.Run(loop.Async(func() (res any, err error) { return 1, nil })))
}
