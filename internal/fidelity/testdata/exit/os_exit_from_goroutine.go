package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("must not print")
	done := make(chan bool)
	go func() {
		fmt.Println("goroutine exits")
		os.Exit(4)
	}()
	<-done
}
