//go:build ignore

// The start-up benchmark: asyncrepl running a hello-world program, against
// python3 -c 'import asyncio' (go run ./internal/benchcmp -interp).
package main

import "fmt"

func main() {
	fmt.Println("hello, world")
}
