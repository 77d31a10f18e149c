package main

import "fmt"

func pair() (int, string) { return 7, "seven" }

func show(n int, s string) string { return fmt.Sprint(n, "=", s) }

func main() {
	fmt.Println(show(pair()))
	fmt.Println(pair())
}
