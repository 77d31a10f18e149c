// Jobs handed to the loop's executor in a loop, each closing over its
// iteration's variable, run on the executor's goroutines while the loop
// goes on making the next: each job sees its own value.
package main

import (
	"fmt"
	"sync"

	"github.com/asyncrepl/asyncrepl/loop"
)

func main() {
	for round := 0; round < 3; round++ {
		var mu sync.Mutex
		seen := map[int]bool{}
		_, err := loop.Run(loop.Async(func() (any, error) {
			l := loop.Get()
			var aws []loop.Awaitable
			for i := 0; i < 1000; i++ {
				aws = append(aws, l.RunInExecutor(func() (any, error) {
					mu.Lock()
					seen[i] = true
					mu.Unlock()
					return nil, nil
				}))
			}
			return loop.Await(loop.Gather(aws...))
		}))
		fmt.Println(len(seen), err)
	}
}
