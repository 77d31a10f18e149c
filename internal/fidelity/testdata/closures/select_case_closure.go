package main

import "fmt"

func main() {
	jobs := make(chan string, 1)
	var handlers []func() string
	for _, name := range []string{"build", "test", "deploy"} {
		jobs <- name
		select {
		case job := <-jobs:
			handlers = append(handlers, func() string { return "ran " + job })
		}
	}
	for _, h := range handlers {
		fmt.Println(h())
	}
}
