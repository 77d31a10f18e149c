// Workers that each select on an inbox of their own and a shared quit
// channel, where a variable inside the worker has the name of the message
// type.
package main

import (
	"fmt"
	"sync"
)

type order struct {
	item  string
	count int
}

func worker(id int, inbox <-chan order, quit <-chan struct{}, totals []int, wg *sync.WaitGroup) {
	defer wg.Done()
	order := 0 // orders taken by this worker
	for {
		select {
		case o := <-inbox:
			order++
			totals[id] += o.count
		case <-quit:
			if order != 200 {
				fmt.Println("worker", id, "took", order, "orders")
			}
			return
		}
	}
}

func main() {
	const workers = 100
	var wg sync.WaitGroup
	totals := make([]int, workers)
	inboxes := make([]chan order, workers)
	for id := range workers {
		inboxes[id] = make(chan order)
	}
	quit := make(chan struct{})
	for id := range workers {
		wg.Add(1)
		go worker(id, inboxes[id], quit, totals, &wg)
	}
	for round := range 200 {
		for id := range workers {
			inboxes[id] <- order{item: "widget", count: id + round%2}
		}
	}
	close(quit)
	wg.Wait()
	sum := 0
	for _, t := range totals {
		sum += t
	}
	fmt.Println("total:", sum, "last worker:", totals[workers-1])
}
