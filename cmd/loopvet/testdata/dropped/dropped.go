// Package dropped is asyncio's wait_for example, translated with the error
// of loop.Await dropped: run, it prints "yay!" instead of "timeout!".
package dropped

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

func Main() {
	loop.Run(loop.Async(func() {
		if _, err := loop.Await(loop.WaitFor(eternity(), time.Second)); err != nil {
			fmt.Println("timeout!")
		}
	}))
}
