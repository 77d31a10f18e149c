// Package waitfor is asyncio's wait_for example, translated with the error
// of loop.Await dropped: eternity is cancelled at the deadline and prints
// "yay!" all the same.
package waitfor

import (
	"fmt"
	"time"

	"github.com/asyncrepl/asyncrepl/loop"
)

func eternity() *loop.Coroutine {
	return loop.Async(func() {
		loop.Await(loop.Sleep(time.Hour))
		fmt.Println("yay!")
	})
}

func Main() error {
	_, err := loop.Run(loop.Async(func() {
		if _, err := loop.Await(loop.WaitFor(eternity(), time.Second)); err != nil {
			fmt.Println("timeout!")
		}
	}))
	return err
}
