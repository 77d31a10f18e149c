// A goroutine panics after its deferred wg.Done: the program ends with
// the panic (status 2), while main, its wait over, blocks. (Were main to
// return, compiled Go would race the panic to the exit, and end with
// status 0 or 2.)
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	fmt.Println("start")
	go func() {
		defer wg.Done()
		panic("worker failed")
	}()
	wg.Wait()
	select {}
}
