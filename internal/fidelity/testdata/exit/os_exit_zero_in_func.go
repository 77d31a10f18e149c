package main

import (
	"fmt"
	"os"
)

func finish() {
	defer fmt.Println("finish defer: must not print")
	os.Exit(0)
}

func main() {
	defer fmt.Println("main defer: must not print")
	fmt.Println("start")
	finish()
	fmt.Println("unreachable")
}
