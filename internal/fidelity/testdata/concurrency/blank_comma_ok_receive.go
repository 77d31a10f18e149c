package main

import "fmt"

func main() {
	results := make(chan string, 3)
	results <- "stale"
	results <- "fresh"
	_, _ = <-results // drop the stale value
	fmt.Println(<-results)

	seen := map[string]bool{"a": true}
	_, _ = seen["a"]
	fmt.Println(len(seen))
}
