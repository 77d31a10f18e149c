package main

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strings"
)

type Priority int

const (
	Low Priority = iota
	Medium
	High
)

func (p Priority) String() string {
	switch p {
	case Low:
		return "low"
	case Medium:
		return "medium"
	case High:
		return "high"
	}
	return fmt.Sprintf("Priority(%d)", int(p))
}

type Task struct {
	Title string
	Pri   Priority
	Due   int
}

type byDue []Task

func (b byDue) Len() int           { return len(b) }
func (b byDue) Less(i, j int) bool { return b[i].Due < b[j].Due }
func (b byDue) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	tasks := []Task{
		{"write", Medium, 3},
		{"test", High, 2},
		{"deploy", High, 5},
		{"lunch", Low, 1},
		{"review", Medium, 2},
	}
	slices.SortFunc(tasks, func(a, b Task) int {
		if c := cmp.Compare(b.Pri, a.Pri); c != 0 {
			return c
		}
		return strings.Compare(a.Title, b.Title)
	})
	for _, t := range tasks {
		fmt.Printf("%-8s %-6v %d\n", t.Title, t.Pri, t.Due)
	}

	sort.Stable(byDue(tasks))
	fmt.Println(tasks)

	sort.Slice(tasks, func(i, j int) bool { return tasks[i].Title < tasks[j].Title })
	fmt.Printf("%v\n", tasks[0])
	fmt.Printf("%+v\n", tasks[0])

	i, found := slices.BinarySearchFunc(tasks, "review", func(t Task, s string) int {
		return strings.Compare(t.Title, s)
	})
	fmt.Println(i, found)

	pris := []Priority{High, Low, Medium, Low}
	slices.Sort(pris)
	fmt.Println(pris, slices.Max(pris), slices.Index(pris, Medium))
	fmt.Println(Priority(7))

	idx := slices.IndexFunc(tasks, func(t Task) bool { return t.Pri == Low })
	fmt.Println(idx, tasks[idx].Title)
	fmt.Println(sort.SliceIsSorted(tasks, func(i, j int) bool { return tasks[i].Title < tasks[j].Title }))
}
