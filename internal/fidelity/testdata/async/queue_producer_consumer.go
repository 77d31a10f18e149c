package main

import (
	"fmt"
	"time"

	"github.com/asyncrepl/asyncrepl/loop"
)

func main() {
	loop.Run(loop.Async(func() error {
		q := loop.NewQueue(2)
		producer := loop.CreateTask(loop.Async(func() error {
			for i := range 5 {
				if _, err := loop.Await(q.Put(i)); err != nil {
					return err
				}
				fmt.Println("put", i)
			}
			return nil
		}))
		sum := 0
		for range 5 {
			v, err := loop.Await(q.Get())
			if err != nil {
				return err
			}
			sum += v.(int)
			loop.Await(loop.Sleep(10 * time.Millisecond))
		}
		loop.Await(producer)
		fmt.Println("sum", sum)
		return nil
	}))
}
