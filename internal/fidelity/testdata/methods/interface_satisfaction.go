package main

import "fmt"

type Animal interface {
	Sound() string
}

type Dog struct{}
type Cat struct{ name string }

func (Dog) Sound() string    { return "woof" }
func (c *Cat) Sound() string { return c.name + " says meow" }

func main() {
	animals := []Animal{Dog{}, &Cat{"tom"}}
	for _, a := range animals {
		fmt.Println(a.Sound())
	}
}
