package main

import "fmt"

func main() {
	data := "ok\xff\xfeé!"
	for i, r := range data {
		fmt.Printf("%d:%U ", i, r)
	}
	fmt.Println()
	bad := 0
	for i, r := range data {
		if r == '\uFFFD' {
			bad++
			fmt.Println("invalid byte at", i, fmt.Sprintf("%x", data[i]))
		}
	}
	fmt.Println(bad)
}
