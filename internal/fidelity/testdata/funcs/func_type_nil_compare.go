package main

import "fmt"

type Callback func(int)

func run(cb Callback) {
	if cb == nil {
		fmt.Println("no callback")
		return
	}
	cb(1)
}

func main() {
	run(nil)
	run(func(n int) { fmt.Println("called with", n) })
}
