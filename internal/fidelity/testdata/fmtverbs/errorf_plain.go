package main

import "fmt"

func main() {
	err := fmt.Errorf("open %s: code %d", "f.txt", 2)
	fmt.Println(err)
	fmt.Printf("%T\n", err)
}
