package main

import (
	"fmt"
	"time"

	"github.com/asyncrepl/asyncrepl/loop"
)

func main() {
	l := loop.New()
	var log []string
	fut := l.CreateFuture()
	fut.AddDoneCallback(func(f *loop.Future) {
		r, err := f.Result()
		log = append(log, fmt.Sprint("callback: ", r, " ", err))
	})
	l.CallLater(20*time.Millisecond, func() { fut.SetResult(42) })
	l.CallSoon(func() { log = append(log, "soon 1") })
	l.CallSoon(func() { log = append(log, "soon 2") })
	h := l.CallLater(10*time.Millisecond, func() { log = append(log, "cancelled timer ran") })
	h.Cancel()
	v, err := l.RunUntilComplete(fut)
	fmt.Println(v, err, fut.Done(), fut.Cancelled())
	for _, s := range log {
		fmt.Println(s)
	}
	f2 := l.CreateFuture()
	f2.Cancel()
	_, err = l.RunUntilComplete(f2)
	fmt.Println(err)
	fmt.Println(f2.SetResult(1))
	l.Close()
}
