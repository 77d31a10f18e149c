// Stores into fields and elements reached through a pointer, of a value a
// generic function returns (Kadane's algorithm with a generic Max).
package main

import (
	"cmp"
	"fmt"
)

func Max[T cmp.Ordered](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func first[T any](xs []T) T { return xs[0] }

type Solver struct {
	dp    []int
	best  int
	names []string
	grid  [2][2]float64
}

func (s *Solver) run(nums []int) {
	s.dp = make([]int, len(nums))
	s.dp[0] = nums[0]
	s.best = nums[0]
	for i := 1; i < len(nums); i++ {
		s.dp[i] = Max(s.dp[i-1]+nums[i], nums[i])
		s.best = Max(s.best, s.dp[i])
	}
}

func main() {
	s := &Solver{names: make([]string, 1)}
	s.run([]int{-2, 1, -3, 4, -1, 2, 1, -5, 4})
	fmt.Println(s.best, s.dp)
	s.names[0] = fmt.Sprint("n", first([]int{4}))
	s.grid[1][0] = Max(2.5, 1.5)
	fmt.Println(s.names, s.grid)
}
