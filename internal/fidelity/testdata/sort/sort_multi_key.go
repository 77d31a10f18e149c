package main

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strings"
)

type Employee struct {
	Name   string
	Dept   string
	Salary int
	Age    int
}

func main() {
	emps := []Employee{
		{"alice", "eng", 120, 30},
		{"bob", "eng", 100, 25},
		{"carol", "sales", 100, 40},
		{"dave", "eng", 120, 28},
		{"eve", "sales", 90, 35},
		{"frank", "hr", 100, 50},
	}
	sort.Slice(emps, func(i, j int) bool {
		if emps[i].Dept != emps[j].Dept {
			return emps[i].Dept < emps[j].Dept
		}
		if emps[i].Salary != emps[j].Salary {
			return emps[i].Salary > emps[j].Salary
		}
		return emps[i].Name < emps[j].Name
	})
	for _, e := range emps {
		fmt.Printf("%-6s %-5s %4d %d\n", e.Name, e.Dept, e.Salary, e.Age)
	}
	slices.SortStableFunc(emps, func(a, b Employee) int {
		return cmp.Or(cmp.Compare(a.Salary, b.Salary), strings.Compare(b.Name, a.Name))
	})
	var names []string
	for _, e := range emps {
		names = append(names, e.Name)
	}
	fmt.Println(strings.Join(names, ","))
	i, found := slices.BinarySearchFunc(emps, 100, func(e Employee, s int) int { return cmp.Compare(e.Salary, s) })
	fmt.Println(i, found)
}
