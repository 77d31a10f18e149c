package main

import (
	"fmt"
	"strings"
	"sync"
)

type Task struct {
	Name string
	Run  func() (string, error)
}

func main() {
	var tasks []Task
	for _, w := range []string{"alpha", "beta", "gamma"} {
		tasks = append(tasks, Task{
			Name: w,
			Run: func() (string, error) {
				if w == "beta" {
					return "", fmt.Errorf("task %s: refused", w)
				}
				return strings.ToUpper(w), nil
			},
		})
	}
	var mu sync.Mutex
	out := map[string]string{}
	var failed []error
	var wg sync.WaitGroup
	for _, t := range tasks {
		wg.Add(1)
		go func() {
			defer wg.Done()
			res, err := t.Run()
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				failed = append(failed, err)
				return
			}
			out[t.Name] = res
		}()
	}
	wg.Wait()
	fmt.Println(out, failed)
	counter := func() func() int {
		c := 0
		var m sync.Mutex
		return func() int { m.Lock(); defer m.Unlock(); c++; return c }
	}()
	var wg2 sync.WaitGroup
	for range 50 {
		wg2.Add(1)
		go func() { defer wg2.Done(); counter() }()
	}
	wg2.Wait()
	fmt.Println(counter())
}
