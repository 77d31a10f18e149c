package main

import "fmt"

func closeAll(names []string) {
	for i := range len(names) {
		defer func(label string) {
			fmt.Printf("closing %s (#%d)\n", label, i)
		}(names[i] + "!")
	}
	fmt.Println("opened", len(names))
}

func main() {
	closeAll([]string{"db", "cache", "log"})
}
