package main

import "fmt"

type Status int

const (
	Todo Status = iota
	Done
)

func (s Status) String() string { return [...]string{"todo", "done"}[s] }

type Task struct {
	Title string
	State Status
}

func (t *Task) String() string { return t.Title + " (" + t.State.String() + ")" }

func main() {
	board := map[string]Status{"write": Done, "test": Todo}
	fmt.Println(board)
	tasks := []*Task{{"write", Done}, {"test", Todo}}
	fmt.Println(tasks)
	fmt.Printf("%v|%s|%d\n", tasks[0], []Status{Done}, []Status{Done})
	fmt.Println(Task{"plain", Done})
}
