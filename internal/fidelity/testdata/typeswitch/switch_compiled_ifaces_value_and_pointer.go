package main

import (
	"container/heap"
	"fmt"
	"sort"
)

type IntHeap []int

func (h IntHeap) Len() int           { return len(h) }
func (h IntHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h IntHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *IntHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *IntHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

func main() {
	h := &IntHeap{5, 2, 8}
	for _, v := range []any{h, IntHeap{1}} {
		switch x := v.(type) {
		case heap.Interface:
			fmt.Println("heap.Interface", x.Len())
		case sort.Interface:
			fmt.Println("sort.Interface", x.Len())
		}
	}
}
