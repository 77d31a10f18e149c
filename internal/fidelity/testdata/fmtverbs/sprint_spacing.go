package main

import "fmt"

func main() {
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.5))
	fmt.Println(fmt.Sprintln("a", 1) + "|")
	fmt.Print(1, 2, "\n")
}
