package main

import "fmt"

type Task struct {
	Name string
	Done bool
}

func main() {
	tasks := []Task{{"a", false}, {"b", false}}
	for _, t := range tasks {
		t.Done = true
	}
	fmt.Println(tasks)
	for i := range tasks {
		tasks[i].Done = true
	}
	fmt.Println(tasks)
	p := &tasks[0]
	tasks = append(tasks, Task{"c", false})
	p.Name = "changed"
	fmt.Println(tasks[0].Name == "changed" || tasks[0].Name == "a")
}
