package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota + 1
	Monday
	Tuesday
)

const (
	x, y = iota, iota * 10
	z, w
)

func main() {
	fmt.Println(Sunday, Monday, Tuesday)
	fmt.Println(x, y, z, w)
}
