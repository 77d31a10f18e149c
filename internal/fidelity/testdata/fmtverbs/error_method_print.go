package main

import "fmt"

type NotFound struct{ Name string }

func (e *NotFound) Error() string { return e.Name + " not found" }

func main() {
	var err error = &NotFound{"cfg"}
	fmt.Println(err)
	fmt.Printf("%v | %s\n", err, err)
	e := &NotFound{"x"}
	fmt.Println(e)
}
