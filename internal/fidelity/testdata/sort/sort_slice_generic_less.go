package main

import (
	"fmt"
	"sort"
	"strings"
)

type Priority int

func (p Priority) String() string {
	switch p {
	case 0:
		return "low"
	case 1:
		return "mid"
	}
	return "high"
}

type Task struct {
	Name string
	Pri  Priority
}

func SortBy[T any, K ~int | ~string](xs []T, key func(T) K) {
	sort.SliceStable(xs, func(i, j int) bool { return key(xs[i]) < key(xs[j]) })
}

func Join[T any](xs []T, sep string) string {
	var sb strings.Builder
	for i, x := range xs {
		if i > 0 {
			sb.WriteString(sep)
		}
		fmt.Fprintf(&sb, "%v", x)
	}
	return sb.String()
}

func main() {
	tasks := []Task{{"write", 2}, {"test", 0}, {"ship", 1}, {"review", 2}}
	SortBy(tasks, func(t Task) Priority { return t.Pri })
	fmt.Println(Join(tasks, ", "))
	SortBy(tasks, func(t Task) string { return t.Name })
	fmt.Println(Join(tasks, " | "))

	pris := []Priority{2, 0, 1, 0}
	SortBy(pris, func(p Priority) Priority { return -p })
	fmt.Println(Join(pris, " > "))
	fmt.Println(sort.SliceIsSorted(pris, func(i, j int) bool { return pris[i] > pris[j] }))
}
