package main

import "fmt"

// fanOut closes the done channel once per worker by mistake: the second
// close panics while the deferred calls run, and the recover deferred
// first reports it, after the other deferred calls have run.
func fanOut(workers int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("fanOut: %v", r)
		}
	}()
	done := make(chan struct{})
	results := make(chan int, workers)
	for w := range workers {
		defer fmt.Println("worker", w, "stopped")
		defer close(done)
		results <- w * w
	}
	close(results)
	sum := 0
	for r := range results {
		sum += r
	}
	fmt.Println("sum", sum)
	return nil
}

func main() {
	fmt.Println(fanOut(1))
	fmt.Println(fanOut(3))
}
