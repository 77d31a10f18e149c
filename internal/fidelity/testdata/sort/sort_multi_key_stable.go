package main

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strings"
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

func (s Student) String() string { return fmt.Sprintf("%s(%d,%d)", s.Name, s.Grade, s.Age) }

func main() {
	students := []Student{
		{"eve", 90, 20}, {"bob", 85, 22}, {"amy", 90, 19},
		{"dan", 70, 21}, {"cat", 85, 20}, {"fay", 70, 19},
	}
	s1 := slices.Clone(students)
	sort.Sort(ByGradeThenName(s1))
	fmt.Println(s1)

	s2 := slices.Clone(students)
	sort.SliceStable(s2, func(i, j int) bool { return s2[i].Age < s2[j].Age })
	fmt.Println(s2)

	s3 := slices.Clone(students)
	slices.SortStableFunc(s3, func(a, b Student) int { return cmp.Compare(a.Grade, b.Grade) })
	fmt.Println(s3)

	sort.Sort(sort.Reverse(ByGradeThenName(s3)))
	fmt.Println(s3)

	names := []string{"Banana", "apple", "Cherry", "date"}
	sort.Strings(names)
	fmt.Println(names)
	slices.SortFunc(names, func(a, b string) int { return strings.Compare(strings.ToLower(a), strings.ToLower(b)) })
	fmt.Println(names)
	idx := sort.SearchInts([]int{1, 3, 5, 7}, 5)
	fmt.Println(idx, sort.SearchStrings([]string{"a", "c"}, "b"))
	i := sort.Search(len(s1), func(i int) bool { return s1[i].Grade < 85 })
	fmt.Println(i, s1[i])
	fl := []float64{2.5, -1, 3.25, 0}
	sort.Float64s(fl)
	fmt.Println(fl, sort.Float64sAreSorted(fl))
	m := slices.MinFunc(students, func(a, b Student) int { return cmp.Compare(a.Age, b.Age) })
	fmt.Println(m, slices.ContainsFunc(students, func(s Student) bool { return s.Grade > 95 }))
	grades := slices.Compact(slices.Sorted(func(yield func(int) bool) {
		for _, s := range students {
			if !yield(s.Grade) {
				return
			}
		}
	}))
	fmt.Println(grades)
}
