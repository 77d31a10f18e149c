package main

import (
	"fmt"
	"sort"
	"sync"
)

type Job struct {
	ID   int
	Text string
}

type Result struct {
	JobID int
	Len   int
}

func main() {
	jobs := make(chan Job)
	results := make(chan Result)
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func(worker int) {
			defer wg.Done()
			for j := range jobs {
				results <- Result{j.ID, len(j.Text)}
			}
		}(w)
	}
	go func() {
		for i, t := range []string{"alpha", "be", "gamma!", "d"} {
			jobs <- Job{i, t}
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	var all []Result
	for r := range results {
		all = append(all, r)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].JobID < all[j].JobID })
	fmt.Println(all)
	fmt.Printf("%+v\n", all[0])
}
