// sync/atomic.Pointer, shared by goroutines.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type config struct{ name string }

type holder struct {
	cur atomic.Pointer[config]
}

func main() {
	var h holder
	fmt.Println(h.cur.Load() == nil)
	first := &config{"first"}
	h.cur.Store(first)
	var wg sync.WaitGroup
	var swaps atomic.Int64
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if h.cur.CompareAndSwap(first, &config{"second"}) {
				swaps.Add(1)
			}
		}()
	}
	wg.Wait()
	fmt.Println(h.cur.Load().name, swaps.Load())
	old := h.cur.Swap(first)
	fmt.Println(old.name, h.cur.Load().name)
}

// Output:
// true
// second 1
// second first
