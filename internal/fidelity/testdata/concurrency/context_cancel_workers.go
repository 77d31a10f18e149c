package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

type ctxKey string

func worker(ctx context.Context, id int, jobs <-chan int, results chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	for {
		select {
		case <-ctx.Done():
			results <- fmt.Sprintf("worker %d stopped: %v", id, ctx.Err())
			return
		case j, ok := <-jobs:
			if !ok {
				results <- fmt.Sprintf("worker %d done", id)
				return
			}
			results <- fmt.Sprintf("worker %d job %d user=%v", id, j, ctx.Value(ctxKey("user")))
		}
	}
}

func slow(ctx context.Context, d time.Duration) error {
	select {
	case <-time.After(d):
		return nil
	case <-ctx.Done():
		return fmt.Errorf("slow: %w", ctx.Err())
	}
}

func main() {
	ctx := context.WithValue(context.Background(), ctxKey("user"), "ann")
	ctx, cancel := context.WithCancel(ctx)
	jobs := make(chan int)
	results := make(chan string, 10)
	var wg sync.WaitGroup
	wg.Add(1)
	go worker(ctx, 1, jobs, results, &wg)
	jobs <- 1
	jobs <- 2
	fmt.Println(<-results)
	fmt.Println(<-results)
	cancel()
	wg.Wait()
	fmt.Println(<-results)
	fmt.Println(ctx.Err(), errors.Is(ctx.Err(), context.Canceled))

	tctx, tcancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer tcancel()
	err := slow(tctx, time.Second)
	fmt.Println(err, errors.Is(err, context.DeadlineExceeded))
	err = slow(context.Background(), time.Millisecond)
	fmt.Println(err)

	cctx, ccancel := context.WithCancelCause(context.Background())
	ccancel(errors.New("shutting down"))
	<-cctx.Done()
	fmt.Println(cctx.Err(), context.Cause(cctx))

	parent, pcancel := context.WithCancel(context.Background())
	child, chCancel := context.WithTimeout(parent, time.Hour)
	defer chCancel()
	pcancel()
	<-child.Done()
	fmt.Println("child:", child.Err())
	_, hasDeadline := child.Deadline()
	fmt.Println(hasDeadline)
}
