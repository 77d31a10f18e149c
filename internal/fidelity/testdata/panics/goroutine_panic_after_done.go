// A goroutine panics after its deferred wg.Done: the program ends with
// the panic (status 2), though main's wait is over.
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
}
