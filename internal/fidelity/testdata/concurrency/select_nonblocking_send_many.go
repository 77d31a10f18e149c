package main

import (
	"fmt"
	"sync"
)

type event struct {
	from, seq int
}

func main() {
	const senders = 50
	var wg sync.WaitGroup
	inbox := make([]chan event, senders)
	dropped := make([]int, senders)
	for i := range inbox {
		inbox[i] = make(chan event, 2)
	}
	for i := 0; i < senders; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for seq := 0; seq < 5; seq++ {
				select {
				case inbox[i] <- event{i, seq}:
				default:
					dropped[i]++
				}
			}
		}(i)
	}
	wg.Wait()
	ok := 0
	for i := range inbox {
		e1, e2 := <-inbox[i], <-inbox[i]
		if e1 == (event{i, 0}) && e2 == (event{i, 1}) && dropped[i] == 3 {
			ok++
		}
	}
	fmt.Println("senders with their own events:", ok)
}
