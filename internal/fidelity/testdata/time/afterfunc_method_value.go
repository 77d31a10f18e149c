package main

import (
	"context"
	"fmt"
	"sync"
	"time"
)

type Rocket struct {
	name string
	wg   *sync.WaitGroup
}

func (r *Rocket) Launch() { fmt.Println("launch", r.name); r.wg.Done() }

// Method values handed to time.AfterFunc and context.AfterFunc.
func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	rk := &Rocket{name: "apollo", wg: &wg}
	timer := time.AfterFunc(10*time.Millisecond, rk.Launch)
	wg.Wait()
	fmt.Println(timer.Stop())
	wg.Add(1)
	ctx, cancel := context.WithCancel(context.Background())
	stop := context.AfterFunc(ctx, (&Rocket{name: "gemini", wg: &wg}).Launch)
	cancel()
	wg.Wait()
	fmt.Println(stop())
}
