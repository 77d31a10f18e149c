package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTicker(5 * time.Millisecond)
	defer t.Stop()
	n := 0
	for range t.C {
		n++
		if n == 3 {
			break
		}
	}
	fmt.Println("ticks", n)
}
