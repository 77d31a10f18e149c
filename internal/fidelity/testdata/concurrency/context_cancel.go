package main

import (
	"context"
	"fmt"
)

func worker(ctx context.Context, out chan<- string) {
	<-ctx.Done()
	out <- "stopped: " + ctx.Err().Error()
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	out := make(chan string)
	go worker(ctx, out)
	cancel()
	fmt.Println(<-out)
}
