package main

import (
	"fmt"
	"time"

	"github.com/asyncrepl/asyncrepl/loop"
)

func main() {
	l := loop.New()
	l.CallLater(2*time.Second, func() { fmt.Println("later 2s"); l.Stop() })
	l.CallLater(time.Second, func() { fmt.Println("later 1s") })
	l.CallSoon(func() { fmt.Println("soon 1") })
	l.CallSoon(func() { fmt.Println("soon 2") })
	if err := l.RunForever(); err != nil {
		fmt.Println(err)
	}
	l.Close()
}
