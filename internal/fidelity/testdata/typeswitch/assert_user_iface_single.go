package main

import "fmt"

type Animal interface{ Sound() string }

type Cat struct{ name string }

func (c Cat) Sound() string { return c.name + ": meow" }

type Dog struct {
	name string
	age  int
}

func (d *Dog) Sound() string { return d.name + ": woof" }

func main() {
	var x any = Cat{"q"}
	a := x.(Animal)
	fmt.Println(a.Sound())
	var y any = &Dog{"r", 1}
	fmt.Println(y.(Animal).Sound())
	defer func() { fmt.Println("recovered:", recover()) }()
	var z any = Dog{"s", 2}
	_ = z.(Animal)
}
