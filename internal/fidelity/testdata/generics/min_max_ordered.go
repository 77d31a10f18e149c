package main

import (
	"cmp"
	"fmt"
	"slices"
)

type Version struct {
	Major, Minor int
}

func (v Version) Compare(o Version) int {
	if c := cmp.Compare(v.Major, o.Major); c != 0 {
		return c
	}
	return cmp.Compare(v.Minor, o.Minor)
}

func MaxBy[T any](xs []T, cmpf func(a, b T) int) (T, bool) {
	var best T
	if len(xs) == 0 {
		return best, false
	}
	best = xs[0]
	for _, x := range xs[1:] {
		if cmpf(x, best) > 0 {
			best = x
		}
	}
	return best, true
}

func Clamp[T cmp.Ordered](v, lo, hi T) T {
	return min(max(v, lo), hi)
}

func main() {
	vs := []Version{{1, 2}, {2, 0}, {1, 10}}
	best, ok := MaxBy(vs, Version.Compare)
	fmt.Println(best, ok)
	slices.SortFunc(vs, func(a, b Version) int { return a.Compare(b) })
	fmt.Println(vs)
	_, ok = MaxBy([]Version{}, Version.Compare)
	fmt.Println(ok)
	fmt.Println(Clamp(15, 0, 10), Clamp(-2.5, -1, 1), Clamp("m", "a", "k"))
	fmt.Println(slices.Max([]int{3, 9, 2}), slices.Index(vs, Version{2, 0}))
}
