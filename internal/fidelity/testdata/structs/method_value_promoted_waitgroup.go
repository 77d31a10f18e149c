package main

import (
	"fmt"
	"sync"
)

type Counter struct {
	sync.Mutex
	n int
}

func main() {
	var c Counter
	lk := (*Counter).Lock
	lk(&c)
	c.n++
	(*Counter).Unlock(&c)
	fmt.Println(c.n)
	var wg struct{ sync.WaitGroup }
	add := wg.Add
	add(1)
	go func() { defer wg.Done(); fmt.Println("g") }()
	wg.Wait()
}
