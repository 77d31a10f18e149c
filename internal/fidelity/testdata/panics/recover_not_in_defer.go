package main

import "fmt"

func main() {
	fmt.Println(recover())
	defer func() {
		func() {
			fmt.Println("nested recover:", recover())
		}()
		fmt.Println("direct recover:", recover())
	}()
	panic("p")
}
