package main

import (
	"container/heap"
	"fmt"
)

type Task struct {
	Name     string
	Priority int
}

func (t *Task) String() string { return fmt.Sprintf("%s(p%d)", t.Name, t.Priority) }

type TaskQueue []*Task

func (q TaskQueue) Len() int           { return len(q) }
func (q TaskQueue) Less(i, j int) bool { return q[i].Priority < q[j].Priority }
func (q TaskQueue) Swap(i, j int)      { q[i], q[j] = q[j], q[i] }
func (q *TaskQueue) Push(x any)        { *q = append(*q, x.(*Task)) }
func (q *TaskQueue) Pop() any {
	old := *q
	n := len(old)
	t := old[n-1]
	*q = old[:n-1]
	return t
}

func main() {
	q := &TaskQueue{{"write report", 3}, {"read mail", 1}}
	heap.Init(q)
	heap.Push(q, &Task{"coffee", 0})
	heap.Push(q, &Task{"meeting", 2})
	fmt.Println("next up:", (*q)[0])
	for i := 0; i < 2; i++ {
		t := heap.Pop(q).(*Task)
		fmt.Println("doing", t.Name, t)
	}
	for q.Len() > 0 {
		t := heap.Pop(q).(*Task)
		fmt.Printf("%v / %s / %d\n", t, t, t.Priority)
	}
	fmt.Println(len(*q), *q)
}
