package main

import "fmt"

func main() {
	graph := map[string]map[string]bool{}
	add := func(a, b string) {
		if graph[a] == nil {
			graph[a] = map[string]bool{}
		}
		graph[a][b] = true
	}
	add("a", "b")
	add("a", "c")
	add("b", "c")
	fmt.Println(len(graph["a"]), graph["a"]["c"], graph["c"]["a"])
	fmt.Println(graph)
}
