package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println(len(os.Args) >= 1)
	if len(os.Args) > 5 {
		os.Exit(1)
	}
	fmt.Println("normal end")
}
