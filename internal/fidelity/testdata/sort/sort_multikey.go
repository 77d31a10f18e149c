package main

import (
	"fmt"
	"sort"
)

type Emp struct {
	Dept string
	Name string
	Age  int
}

func main() {
	es := []Emp{{"eng", "zed", 30}, {"ops", "amy", 25}, {"eng", "bob", 22}, {"eng", "amy", 40}}
	sort.Slice(es, func(i, j int) bool {
		if es[i].Dept != es[j].Dept {
			return es[i].Dept < es[j].Dept
		}
		return es[i].Name < es[j].Name
	})
	for _, e := range es {
		fmt.Println(e.Dept, e.Name, e.Age)
	}
}
