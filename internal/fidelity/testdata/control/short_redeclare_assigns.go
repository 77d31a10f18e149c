// A short variable declaration of several values assigns the names the
// scope already has: pointers, closures and goroutines see the change.
package main

import (
	"fmt"
	"sync"
)

func main() {
	total := 0
	add := func(n int) { total += n }
	total, count := 100, 1
	add(5)
	fmt.Println(total, count)

	status := "idle"
	var wg sync.WaitGroup
	wg.Add(1)
	status, tries := "checking", 1
	go func() {
		defer wg.Done()
		status = "done"
	}()
	wg.Wait()
	fmt.Println(status, tries)

	lo, hi := 0, 10
	for lo < hi {
		mid := (lo + hi) / 2
		p := &mid
		mid, step := mid+1, mid // step takes the old mid
		*p += 0
		lo, hi = mid, hi-step/2
	}
	fmt.Println(lo, hi)

	var err error
	perr := &err
	err, code := fmt.Errorf("failed"), 7
	fmt.Println(*perr, code)
}
