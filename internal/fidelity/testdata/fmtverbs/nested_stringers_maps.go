package main

import (
	"fmt"
	"sort"
)

type Status int

const (
	Todo Status = iota
	Doing
	Done
)

func (s Status) String() string { return [...]string{"todo", "doing", "done"}[s] }

type Task struct {
	Title  string
	Status Status
	Tags   []string
}

type Board map[Status][]Task

func (b Board) Move(title string, to Status) bool {
	for st, tasks := range b {
		for i, t := range tasks {
			if t.Title == title {
				b[st] = append(tasks[:i:i], tasks[i+1:]...)
				t.Status = to
				b[to] = append(b[to], t)
				return true
			}
		}
	}
	return false
}

func main() {
	b := Board{
		Todo:  {{"write", Todo, []string{"docs"}}, {"test", Todo, nil}},
		Doing: {{"code", Doing, []string{"go", "repl"}}},
	}
	fmt.Println(b.Move("test", Doing), b.Move("nope", Done))
	b.Move("code", Done)
	keys := make([]Status, 0, len(b))
	for k := range b {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	for _, k := range keys {
		fmt.Printf("%-6v %v\n", k, b[k])
	}
	fmt.Println(b)
	counts := map[Status]int{}
	for k, ts := range b {
		counts[k] += len(ts)
	}
	fmt.Printf("%v %d\n", counts, len(counts))
	summary := map[string][]Status{"open": {Todo, Doing}, "closed": {Done}}
	fmt.Println(summary)
	fmt.Printf("%+v\n", b[Done][0])
}
