package main

import "fmt"

type Dog struct {
	Name string
}

func (d Dog) Bark() string {
	return d.Name + " says woof"
}

type Puppy struct {
	*Dog
	Age int
}

func main() {
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	p := Puppy{Age: 1}
	fmt.Println("age", p.Age)
	fmt.Println(p.Bark())
}
