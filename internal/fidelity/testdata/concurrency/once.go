package main

import (
	"fmt"
	"sync"
)

func main() {
	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("init", i) })
	}
	f := sync.OnceValue(func() int { fmt.Println("computing"); return 42 })
	fmt.Println(f(), f())
}
