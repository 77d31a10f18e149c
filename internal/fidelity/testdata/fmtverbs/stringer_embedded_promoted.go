package main

import "fmt"

type Name struct{ First, Last string }

func (n Name) String() string { return n.First + " " + n.Last }

type Employee struct {
	Name
	ID int
}

func main() {
	e := Employee{Name{"Ada", "L"}, 1}
	fmt.Println(e)
	fmt.Printf("%v %+v\n", e, e)
}
