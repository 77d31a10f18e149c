package main

import "fmt"

// counts holds the current batch of word scores; a batch is archived once
// it has three words.
var counts = map[string]int{}

var archive []map[string]int

func score(w string) int {
	if len(counts) == 3 {
		archive = append(archive, counts)
		counts = map[string]int{}
	}
	return len(w)
}

func main() {
	words := []string{"go", "map", "loop", "go", "task", "map"}
	for _, w := range words {
		counts[w] += score(w)
	}
	fmt.Println(archive)
	fmt.Println(counts)
}
