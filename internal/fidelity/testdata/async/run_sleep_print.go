package main

import (
	"fmt"
	"time"

	"github.com/asyncrepl/asyncrepl/loop"
)

func main() {
	res, err := loop.Run(loop.Async(func() (any, error) {
		fmt.Println("start")
		if _, err := loop.Await(loop.Sleep(time.Second)); err != nil {
			return nil, err
		}
		fmt.Println("after a second")
		return "result", nil
	}))
	fmt.Println(res, err)
}
