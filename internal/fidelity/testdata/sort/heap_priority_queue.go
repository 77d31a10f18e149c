package main

import (
	"container/heap"
	"fmt"
)

type PQ []int

func (p PQ) Len() int           { return len(p) }
func (p PQ) Less(i, j int) bool { return p[i] < p[j] }
func (p PQ) Swap(i, j int)      { p[i], p[j] = p[j], p[i] }
func (p *PQ) Push(x any)        { *p = append(*p, x.(int)) }
func (p *PQ) Pop() any {
	old := *p
	n := len(old)
	x := old[n-1]
	*p = old[:n-1]
	return x
}

func main() {
	pq := &PQ{5, 2, 8}
	heap.Init(pq)
	heap.Push(pq, 1)
	for pq.Len() > 0 {
		fmt.Print(heap.Pop(pq), " ")
	}
	fmt.Println()
}
