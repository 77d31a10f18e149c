package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan string)
	select {
	case s := <-ch:
		fmt.Println(s)
	case <-time.After(20 * time.Millisecond):
		fmt.Println("timeout")
	}
}
