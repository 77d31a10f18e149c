package main

import (
	"fmt"
	"strings"
)

// batch holds the scores of words, case folded, three words at most; a
// full batch is archived when the next word is scored.
var batch = map[string]int{}

var archive []map[string]int

func key(w string) string { return strings.ToLower(w) }

func score(w string) int {
	if len(batch) == 3 {
		archive = append(archive, batch)
		batch = map[string]int{}
	}
	return len(w)
}

func main() {
	for _, w := range []string{"Go", "map", "Loop", "go", "Task", "MAP", "go"} {
		batch[key(w)] += score(w)
	}
	fmt.Println(archive)
	fmt.Println(batch)
}
