package main

import (
	"fmt"
	"sort"
	"strings"
)

type Grade int

const (
	F Grade = iota
	D
	C
	B
	A
)

func (g Grade) String() string { return string("FDCBA"[g]) }

type Student struct {
	Name   string
	Grades map[string]Grade
}

func (s Student) GPA() float64 {
	if len(s.Grades) == 0 {
		return 0
	}
	t := 0
	for _, g := range s.Grades {
		t += int(g)
	}
	return float64(t) / float64(len(s.Grades))
}

type ByGPA []Student

func (b ByGPA) Len() int           { return len(b) }
func (b ByGPA) Less(i, j int) bool { return b[i].GPA() > b[j].GPA() }
func (b ByGPA) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	students := []Student{
		{"ann", map[string]Grade{"math": A, "art": B}},
		{"bob", map[string]Grade{"math": C}},
		{"cy", map[string]Grade{}},
	}
	sort.Sort(ByGPA(students))
	for _, s := range students {
		fmt.Printf("%-4s %.2f %v\n", s.Name, s.GPA(), s.Grades)
	}
	hist := map[Grade]int{}
	for _, s := range students {
		for _, g := range s.Grades {
			hist[g]++
		}
	}
	fmt.Println(hist)
	keys := make([]Grade, 0, len(hist))
	for g := range hist {
		keys = append(keys, g)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] > keys[j] })
	var parts []string
	for _, g := range keys {
		parts = append(parts, fmt.Sprintf("%v:%s", g, strings.Repeat("*", hist[g])))
	}
	fmt.Println(strings.Join(parts, " "), keys)
	var anyGrades any = keys
	fmt.Println(anyGrades)
	fmt.Printf("%v %T\n", []any{A, F}, keys[0])
}
