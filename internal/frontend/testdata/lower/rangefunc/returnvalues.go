// A return from the body of a range over a function, with results of which
// one is an interface: a call, a composite literal, nil.
package main

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

type Shape interface{ Area() float64 }

type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }

func nums(yield func(int) bool) {
	for i := 1; i <= 5; i++ {
		if !yield(i) {
			return
		}
	}
}

func find(target int) (int, error) {
	for v := range nums {
		if v == target {
			return v * 10, errors.New("found")
		}
	}
	return -1, nil
}

func firstLong(s string) (string, error) {
	for w := range strings.FieldsSeq(s) {
		if len(w) > 3 {
			return w, nil
		}
	}
	return "", fmt.Errorf("none")
}

func shape() (int, Shape) {
	for v := range slices.Values([]int{5}) {
		return v, Sq{2}
	}
	return -1, nil
}

func pair() (error, int) {
	for v := range slices.Values([]int{7}) {
		return fmt.Errorf("e%d", v), v
	}
	return nil, -1
}

func split(s string) (string, string, bool) {
	for w := range strings.FieldsSeq(s) {
		return strings.Cut(w, "=")
	}
	return "", "", false
}

func main() {
	fmt.Println(find(3))
	fmt.Println(find(9))
	fmt.Println(firstLong("a bb cccc dd"))
	fmt.Println(firstLong("a b"))
	fmt.Println(shape())
	fmt.Println(pair())
	fmt.Println(split("k=v x=y"))
}

// Output:
// 30 found
// -1 <nil>
// cccc <nil>
//  none
// 5 {2}
// e7 7
// k v true
