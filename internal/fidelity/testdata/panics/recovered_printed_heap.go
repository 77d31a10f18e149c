// A program that keeps values of its types in compiled interfaces
// (container/heap's heap.Interface and any) prints what recover gives back:
// a recovered value can only be a panic's, so printing it needs no
// knowledge of the other types held in interfaces.
package main

import (
	"container/heap"
	"errors"
	"fmt"
)

type Item struct {
	value    string
	priority int
}

func (it Item) String() string { return it.value }

type PQ []*Item

func (pq PQ) Len() int           { return len(pq) }
func (pq PQ) Less(i, j int) bool { return pq[i].priority > pq[j].priority }
func (pq PQ) Swap(i, j int)      { pq[i], pq[j] = pq[j], pq[i] }
func (pq *PQ) Push(x any)        { *pq = append(*pq, x.(*Item)) }
func (pq *PQ) Pop() any {
	old := *pq
	n := len(old)
	it := old[n-1]
	*pq = old[:n-1]
	return it
}

type EmptyError struct{ op string }

func (e *EmptyError) Error() string { return e.op + " on an empty queue" }

func mustPop(pq *PQ) *Item {
	if pq.Len() == 0 {
		panic(&EmptyError{"pop"})
	}
	return heap.Pop(pq).(*Item)
}

func try(f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
			var ee *EmptyError
			if err, ok := r.(error); ok && errors.As(err, &ee) {
				fmt.Println("op:", ee.op)
			}
		}
	}()
	f()
}

func main() {
	pq := PQ{}
	heap.Init(&pq)
	heap.Push(&pq, &Item{"a", 1})
	heap.Push(&pq, &Item{"b", 5})
	fmt.Println(len(pq), pq[0])
	try(func() { fmt.Println(mustPop(&pq), mustPop(&pq)) })
	try(func() { mustPop(&pq) })
	try(func() { panic(fmt.Sprintf("at %d", pq.Len())) })
	defer func() { fmt.Println("recovered:", recover()) }()
	var m map[string]int
	m["x"]++
}
