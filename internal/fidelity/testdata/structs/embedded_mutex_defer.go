package main

import (
	"fmt"
	"sync"
)

type Counter struct {
	sync.Mutex
	n int
}

func (c *Counter) Inc() {
	c.Lock()
	defer c.Unlock()
	c.n++
}

func main() {
	var c Counter
	c.Inc()
	c.Inc()
	fmt.Println(c.n)
}
