// Deferred calls in the body of a range over a function that an ordinary
// loop runs several times: each pass's calls run when the function
// returns, last first, none lost or repeated.
package main

import (
	"fmt"
	"slices"
	"sync"
)

func visit(rows [][]string) {
	for i, row := range rows {
		for cell := range slices.Values(row) {
			defer fmt.Println("leave", i, cell)
		}
	}
	fmt.Println("visited", len(rows), "rows")
}

func lockFirst(batches [][]string) bool {
	var mu sync.Mutex
	func() {
		for i, b := range batches {
			for item := range slices.Values(b) {
				if i == 0 && item == "lock" {
					mu.Lock()
					defer mu.Unlock()
				}
			}
		}
	}()
	return mu.TryLock()
}

func main() {
	visit([][]string{{"a"}, {"b", "c"}, {}})
	fmt.Println("unlocked:", lockFirst([][]string{{"lock"}, {"x", "y"}}))
}
