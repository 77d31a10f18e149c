package main

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

func worker(ctx context.Context, id int, processed *atomic.Int64, wg *sync.WaitGroup) {
	defer wg.Done()
	for {
		select {
		case <-ctx.Done():
			return
		default:
		}
		processed.Add(1)
		time.Sleep(time.Millisecond)
	}
}

type ctxKey string

func handle(ctx context.Context) string {
	user, _ := ctx.Value(ctxKey("user")).(string)
	if deadline, ok := ctx.Deadline(); ok {
		return fmt.Sprintf("user=%s has deadline=%v", user, !deadline.IsZero())
	}
	return "user=" + user + " no deadline"
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	var n atomic.Int64
	var wg sync.WaitGroup
	for i := range 4 {
		wg.Add(1)
		go worker(ctx, i, &n, &wg)
	}
	time.Sleep(20 * time.Millisecond)
	cancel()
	wg.Wait()
	fmt.Println(n.Load() > 0, ctx.Err())
	vctx := context.WithValue(context.Background(), ctxKey("user"), "ann")
	fmt.Println(handle(vctx))
	tctx, tcancel := context.WithTimeout(vctx, time.Hour)
	defer tcancel()
	fmt.Println(handle(tctx))
	stop := context.AfterFunc(tctx, func() {})
	fmt.Println(stop())
}
