package main

import (
	"errors"
	"fmt"
	"sync"
	"time"
)

type result struct {
	idx int
	val int
	err error
}

func compute(n int) (int, error) {
	if n%4 == 3 {
		return 0, fmt.Errorf("bad input %d", n)
	}
	time.Sleep(time.Duration(10-n) * time.Millisecond)
	return n * n, nil
}

func main() {
	inputs := []int{1, 2, 3, 4, 5, 6, 7, 8}
	results := make([]result, len(inputs))
	var wg sync.WaitGroup
	sem := make(chan struct{}, 3)
	for i, n := range inputs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			v, err := compute(n)
			results[i] = result{i, v, err}
		}()
	}
	wg.Wait()
	var errs []error
	sum := 0
	for _, r := range results {
		if r.err != nil {
			errs = append(errs, r.err)
			continue
		}
		sum += r.val
		fmt.Printf("%d:%d ", r.idx, r.val)
	}
	fmt.Println()
	fmt.Println("sum", sum)
	fmt.Println(errors.Join(errs...))

	done := make(chan struct{})
	ticks := make(chan int)
	go func() {
		defer close(ticks)
		for i := 0; ; i++ {
			select {
			case <-done:
				return
			case ticks <- i:
			}
		}
	}()
	for v := range ticks {
		if v == 4 {
			close(done)
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()

	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	ready := false
	var order []string
	var wg2 sync.WaitGroup
	for _, name := range []string{"x", "y"} {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			mu.Lock()
			for !ready {
				cond.Wait()
			}
			order = append(order, name)
			mu.Unlock()
		}()
	}
	time.Sleep(10 * time.Millisecond)
	mu.Lock()
	ready = true
	cond.Broadcast()
	mu.Unlock()
	wg2.Wait()
	fmt.Println(len(order))

	timeout := time.After(50 * time.Millisecond)
	c := make(chan int)
	select {
	case v := <-c:
		fmt.Println("got", v)
	case <-timeout:
		fmt.Println("timed out")
	}
}
