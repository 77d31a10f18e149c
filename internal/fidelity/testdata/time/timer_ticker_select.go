package main

import (
	"fmt"
	"time"
)

func main() {
	ticker := time.NewTicker(10 * time.Millisecond)
	defer ticker.Stop()
	timeout := time.After(5 * time.Second)
	ticks := 0
loop:
	for {
		select {
		case <-ticker.C:
			ticks++
			if ticks == 3 {
				break loop
			}
		case <-timeout:
			fmt.Println("timeout")
			break loop
		}
	}
	fmt.Println("ticks:", ticks)
	t := time.NewTimer(time.Hour)
	fmt.Println("stopped:", t.Stop())
	done := make(chan string)
	time.AfterFunc(5*time.Millisecond, func() { done <- "fired" })
	fmt.Println(<-done)
	start := time.Now()
	time.Sleep(20 * time.Millisecond)
	fmt.Println(time.Since(start) >= 20*time.Millisecond)
}
