package main

import (
	"fmt"
	"sort"
	"time"

	"github.com/asyncrepl/asyncrepl/loop"
)

func main() {
	results := map[string][]int{}
	_, err := loop.Run(loop.Async(func() (any, error) {
		q := loop.NewQueue(3)
		worker := func(name string) *loop.Coroutine {
			return loop.Async(func() (any, error) {
				for {
					v, err := loop.Await(q.Get())
					if err != nil {
						return nil, err
					}
					n := v.(int)
					if _, err := loop.Await(loop.Sleep(time.Duration(n) * 10 * time.Millisecond)); err != nil {
						return nil, err
					}
					results[name] = append(results[name], n)
					q.TaskDone()
				}
			})
		}
		var tasks []*loop.Task
		for _, name := range []string{"w1", "w2"} {
			tasks = append(tasks, loop.CreateTask(worker(name)))
		}
		for i := 1; i <= 8; i++ {
			if _, err := loop.Await(q.Put(i)); err != nil {
				return nil, err
			}
		}
		if _, err := loop.Await(q.Join()); err != nil {
			return nil, err
		}
		for _, t := range tasks {
			t.Cancel()
		}
		_, err := loop.Await(loop.Gather(tasks[0], tasks[1]))
		fmt.Println("gather after cancel:", err)
		return nil, nil
	}))
	names := make([]string, 0)
	for k := range results {
		names = append(names, k)
	}
	sort.Strings(names)
	total := 0
	for _, n := range names {
		for _, v := range results[n] {
			total += v
		}
	}
	fmt.Println(names, total, err)
}
