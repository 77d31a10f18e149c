// A program keeping its values in container/heap prints %T of what
// recover gives back: only the types it panics with are possible.
package main

import (
	"container/heap"
	"errors"
	"fmt"
)

type Task struct {
	name string
	pri  int
}

type TQ []Task

func (q TQ) Len() int           { return len(q) }
func (q TQ) Less(i, j int) bool { return q[i].pri < q[j].pri }
func (q TQ) Swap(i, j int)      { q[i], q[j] = q[j], q[i] }
func (q *TQ) Push(x any)        { *q = append(*q, x.(Task)) }
func (q *TQ) Pop() any          { o := *q; t := o[len(o)-1]; *q = o[:len(o)-1]; return t }

type QueueErr struct{ Op string }

func (e QueueErr) Error() string { return "queue: " + e.Op }

func run(q *TQ) (err error) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
			fmt.Printf("%v %T\n", r, r)
			if e, ok := r.(error); ok {
				err = e
			}
		}
	}()
	for q.Len() > 0 {
		t := heap.Pop(q).(Task)
		fmt.Println("run", t.name)
		if t.name == "bad" {
			panic(QueueErr{"bad task"})
		}
	}
	panic("empty")
}

func main() {
	q := &TQ{}
	heap.Push(q, Task{"b", 2})
	heap.Push(q, Task{"bad", 3})
	heap.Push(q, Task{"a", 1})
	err := run(q)
	var qe QueueErr
	fmt.Println(err, errors.As(err, &qe))
	fmt.Println(run(q))
}
