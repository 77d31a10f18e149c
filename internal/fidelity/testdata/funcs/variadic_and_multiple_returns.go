package main

import (
	"errors"
	"fmt"
	"strings"
)

func stats(nums ...float64) (min, max, mean float64, err error) {
	if len(nums) == 0 {
		err = errors.New("stats: no numbers")
		return
	}
	min, max = nums[0], nums[0]
	sum := 0.0
	for _, n := range nums {
		if n < min {
			min = n
		}
		if n > max {
			max = n
		}
		sum += n
	}
	mean = sum / float64(len(nums))
	return
}

func join(sep string, parts ...any) string {
	strs := make([]string, len(parts))
	for i, p := range parts {
		strs[i] = fmt.Sprint(p)
	}
	return strings.Join(strs, sep)
}

func divmod(a, b int) (int, int) { return a / b, a % b }

func swap[T any](a, b T) (T, T) { return b, a }

func main() {
	fmt.Println(stats(3, 1, 4, 1, 5))
	data := []float64{2, 8}
	lo, hi, avg, err := stats(data...)
	fmt.Println(lo, hi, avg, err)
	_, _, _, err = stats()
	fmt.Println(err)
	fmt.Println(join("-", 1, "a", 2.5, true, nil))
	fmt.Println(join(","))
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	fmt.Println(divmod(-17, 5))
	x, y := swap("left", "right")
	fmt.Println(x, y)
	args := []any{"k", 1}
	fmt.Println(join("=", args...))
	fmt.Println(fmt.Sprint(divmod(9, 2)))
}
