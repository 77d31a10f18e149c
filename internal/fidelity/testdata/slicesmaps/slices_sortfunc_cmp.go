package main

import (
	"cmp"
	"fmt"
	"slices"
)

type Person struct {
	Name string
	Age  int
}

func main() {
	people := []Person{{"Alice", 30}, {"Bob", 25}, {"Carol", 30}, {"Dan", 20}}
	slices.SortStableFunc(people, func(a, b Person) int {
		return cmp.Compare(b.Age, a.Age)
	})
	for _, p := range people {
		fmt.Println(p.Name, p.Age)
	}
}
