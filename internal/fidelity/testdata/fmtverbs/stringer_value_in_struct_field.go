package main

import "fmt"

type Level int

func (l Level) String() string { return [...]string{"low", "high"}[l] }

type Config struct {
	Name  string
	Level Level
}

func main() {
	c := Config{"x", 1}
	fmt.Println(c)
	fmt.Printf("%+v\n", c)
}
