// == of values held in interfaces, in generic code and in the generic
// standard library: equal values of the program's types are equal.
package main

import (
	"errors"
	"fmt"
	"maps"
	"slices"
)

type Shape interface{ Area() int }

type Sq struct{ S int }

func (s Sq) Area() int { return s.S * s.S }

type Code int

func (c Code) Error() string { return fmt.Sprintf("code %d", int(c)) }

var ErrA = errors.New("a")

func Eq[T comparable](a, b T) bool { return a == b }

func IndexOf[T comparable](xs []T, x T) int {
	for i, v := range xs {
		if v == x {
			return i
		}
	}
	return -1
}

func main() {
	fmt.Println(Eq[any](Sq{1}, Sq{1}), Eq[Shape](Sq{1}, Sq{2}), Eq(3, 3))
	shapes := []Shape{Sq{1}, Sq{2}, Sq{2}, Sq{3}}
	fmt.Println(IndexOf(shapes, Shape(Sq{2})), IndexOf([]string{"a", "b"}, "b"))
	fmt.Println(slices.Index(shapes, Shape(Sq{3})), slices.Contains(shapes, Shape(Sq{1})), slices.Contains(shapes, Shape(Sq{9})))
	fmt.Println(slices.Equal(shapes, []Shape{Sq{1}, Sq{2}, Sq{2}, Sq{3}}), len(slices.Compact(slices.Clone(shapes))))
	errs := []error{ErrA, Code(3)}
	fmt.Println(slices.Index(errs, error(Code(3))), slices.Contains(errs, ErrA), slices.Contains(errs, error(Code(4))))
	fmt.Println(maps.Equal(map[string]Shape{"x": Sq{1}}, map[string]Shape{"x": Sq{1}}))
	fmt.Println(slices.Index([]int{5, 6, 7}, 7), slices.Equal([]string{"a"}, []string{"a"}))
}
