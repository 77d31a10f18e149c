package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func slowOp(ctx context.Context, d time.Duration) (string, error) {
	select {
	case <-time.After(d):
		return "ok", nil
	case <-ctx.Done():
		return "", ctx.Err()
	}
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	r, err := slowOp(ctx, time.Millisecond)
	fmt.Println(r, err)
	r, err = slowOp(ctx, time.Second)
	fmt.Printf("%q %v %v\n", r, err, errors.Is(err, context.DeadlineExceeded))
	ch := make(chan int)
	go func() {
		time.Sleep(5 * time.Millisecond)
		ch <- 7
	}()
	select {
	case v := <-ch:
		fmt.Println("got", v)
	case <-time.After(time.Second):
		fmt.Println("timeout")
	}
	timer := time.NewTimer(time.Hour)
	fmt.Println("stopped:", timer.Stop())
	ctx2, cancel2 := context.WithCancelCause(context.Background())
	cancel2(errors.New("shutdown"))
	<-ctx2.Done()
	fmt.Println(ctx2.Err(), context.Cause(ctx2))
}
