package main

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
)

type Student struct {
	Name  string
	Grade int
	Age   int
}

type ByGradeThenName []Student

func (s ByGradeThenName) Len() int      { return len(s) }
func (s ByGradeThenName) Swap(i, j int) { s[i], s[j] = s[j], s[i] }
func (s ByGradeThenName) Less(i, j int) bool {
	if s[i].Grade != s[j].Grade {
		return s[i].Grade > s[j].Grade
	}
	return s[i].Name < s[j].Name
}

func main() {
	students := []Student{
		{"Zed", 90, 20}, {"Amy", 85, 22}, {"Bob", 90, 19}, {"Cal", 70, 21}, {"Dee", 85, 20},
	}
	sort.Sort(ByGradeThenName(students))
	for _, s := range students {
		fmt.Printf("%-4s %3d %d\n", s.Name, s.Grade, s.Age)
	}
	slices.SortStableFunc(students, func(a, b Student) int { return cmp.Compare(a.Age, b.Age) })
	fmt.Println(students)
	sort.SliceStable(students, func(i, j int) bool { return students[i].Name > students[j].Name })
	fmt.Println(students[0].Name, sort.IsSorted(ByGradeThenName(students)))
	idx, found := slices.BinarySearchFunc([]Student{{"A", 1, 1}, {"C", 1, 1}}, "B", func(s Student, name string) int {
		return cmp.Compare(s.Name, name)
	})
	fmt.Println(idx, found)
}
