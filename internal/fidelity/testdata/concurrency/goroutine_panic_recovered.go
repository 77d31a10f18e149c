package main

import "fmt"

func main() {
	done := make(chan string)
	go func() {
		defer func() {
			done <- fmt.Sprint("recovered in goroutine: ", recover())
		}()
		var s []int
		_ = s[1]
	}()
	fmt.Println(<-done)
}
