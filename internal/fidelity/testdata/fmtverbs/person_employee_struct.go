package main

import "fmt"

type Person struct {
	Name string
	Age  int
}

type Employee struct {
	Name string
	Age  int
}

func (e Employee) String() string { return fmt.Sprintf("%s (%d, staff)", e.Name, e.Age) }

func describe(v any) string {
	switch x := v.(type) {
	case Person:
		return "person " + x.Name
	case Employee:
		return "employee " + x.Name
	}
	return "unknown"
}

func main() {
	p := Person{"Ann", 30}
	e := Employee{"Bob", 40}
	fmt.Println(p, e)
	fmt.Printf("%v %+v\n", p, e)
	var list []any
	list = append(list, p, e)
	fmt.Println(list)
	fmt.Println(describe(p), "/", describe(e))
}
