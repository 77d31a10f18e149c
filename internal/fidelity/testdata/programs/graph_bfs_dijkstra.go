package main

import (
	"container/heap"
	"fmt"
	"slices"
)

type Edge struct {
	to, w int
}

type Graph map[int][]Edge

func (g Graph) BFS(start int) []int {
	seen := map[int]bool{start: true}
	queue := []int{start}
	var order []int
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		order = append(order, n)
		for _, e := range g[n] {
			if !seen[e.to] {
				seen[e.to] = true
				queue = append(queue, e.to)
			}
		}
	}
	return order
}

type nodeDist struct{ node, dist int }
type minHeap []nodeDist

func (h minHeap) Len() int           { return len(h) }
func (h minHeap) Less(i, j int) bool { return h[i].dist < h[j].dist }
func (h minHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *minHeap) Push(x any)        { *h = append(*h, x.(nodeDist)) }
func (h *minHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

func (g Graph) Dijkstra(src int) map[int]int {
	dist := map[int]int{src: 0}
	h := &minHeap{{src, 0}}
	for h.Len() > 0 {
		cur := heap.Pop(h).(nodeDist)
		if d, ok := dist[cur.node]; ok && d < cur.dist {
			continue
		}
		for _, e := range g[cur.node] {
			nd := cur.dist + e.w
			if d, ok := dist[e.to]; !ok || nd < d {
				dist[e.to] = nd
				heap.Push(h, nodeDist{e.to, nd})
			}
		}
	}
	return dist
}

func main() {
	g := Graph{
		0: {{1, 4}, {2, 1}},
		1: {{3, 1}},
		2: {{1, 2}, {3, 5}},
		3: {{4, 3}},
	}
	fmt.Println(g.BFS(0))
	d := g.Dijkstra(0)
	keys := make([]int, 0, len(d))
	for k := range d {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		fmt.Printf("%d:%d ", k, d[k])
	}
	fmt.Println()
	fmt.Println(d)
}
