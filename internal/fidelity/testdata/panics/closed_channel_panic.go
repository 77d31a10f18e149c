package main

import "fmt"

func main() {
	defer func() { fmt.Println(recover()) }()
	ch := make(chan int)
	close(ch)
	close(ch)
}
