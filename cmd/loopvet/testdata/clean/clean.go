// Package clean is asyncio's wait_for example, translated with every error
// checked.
package clean

import (
	"fmt"
	"time"

	"github.com/asyncrepl/asyncrepl/loop"
)

func eternity() *loop.Coroutine {
	return loop.Async(func() error {
		if _, err := loop.Await(loop.Sleep(time.Hour)); err != nil {
			return err
		}
		fmt.Println("yay!")
		return nil
	})
}

func Main() error {
	_, err := loop.Run(loop.Async(func() error {
		if _, err := loop.Await(loop.WaitFor(eternity(), time.Second)); err != nil {
			fmt.Println("timeout!")
		}
		return nil
	}))
	return err
}
