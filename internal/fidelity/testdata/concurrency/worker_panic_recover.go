package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

type Job struct {
	ID   int
	Data []int
}

type Outcome struct {
	ID  int
	Sum int
	Err error
}

var ErrJob = errors.New("job failed")

func process(j Job) (o Outcome) {
	o.ID = j.ID
	defer func() {
		if r := recover(); r != nil {
			o.Err = fmt.Errorf("%w: job %d: %v", ErrJob, j.ID, r)
		}
	}()
	for i := 0; i <= j.ID%3; i++ {
		o.Sum += j.Data[i] / (j.ID % 4)
	}
	return o
}

func main() {
	jobs := make(chan Job)
	outs := make(chan Outcome)
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				outs <- process(j)
			}
		}()
	}
	go func() {
		for i := 1; i <= 8; i++ {
			jobs <- Job{ID: i, Data: []int{i * 10, i * 20}}
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(outs)
	}()
	var all []Outcome
	for o := range outs {
		all = append(all, o)
	}
	sort.Slice(all, func(a, b int) bool { return all[a].ID < all[b].ID })
	failed := 0
	for _, o := range all {
		if o.Err != nil {
			failed++
			fmt.Println(o.ID, "error:", o.Err, errors.Is(o.Err, ErrJob))
			continue
		}
		fmt.Println(o.ID, "sum:", o.Sum)
	}
	fmt.Println("failed", failed, "of", len(all))
}
