package main

import (
	"errors"
	"fmt"
	"slices"
)

type VErr struct{ F string }

func (v VErr) Error() string { return "bad " + v.F }

type Result struct {
	N   int
	Err error
}

func Eq[T comparable](a, b T) bool { return a == b }

type Wrapper struct{ R Result }

func main() {
	var a any = Result{1, VErr{"a"}}
	var b any = Result{1, VErr{"a"}}
	fmt.Println("any==", a == b)
	fmt.Println("any==value", a == any(Result{1, VErr{"a"}}))
	fmt.Println("Eq", Eq(Result{1, VErr{"a"}}, Result{1, VErr{"a"}}), Eq(Result{1, VErr{"a"}}, Result{1, VErr{"a"}}))
	rs := []Result{{1, VErr{"a"}}, {2, VErr{"b"}}}
	fmt.Println("Index", slices.Index(rs, Result{2, VErr{"b"}}), slices.Contains(rs, Result{1, VErr{"a"}}))
	fmt.Println("Equal", slices.Equal(rs, []Result{{1, VErr{"a"}}, {2, VErr{"b"}}}))
	fmt.Println("nested", Wrapper{Result{1, VErr{"n"}}} == Wrapper{Result{1, VErr{"n"}}})
	fmt.Println("arr", [2]Result{{1, VErr{"x"}}} == [2]Result{{1, VErr{"x"}}})
	es := []error{VErr{"a"}, VErr{"b"}}
	fmt.Println("errIndex", slices.Index(es, error(VErr{"b"})), slices.Index(es, error(VErr{"a"})), slices.Contains(es, error(VErr{"c"})))
	fmt.Println("errEq", Eq[error](VErr{"q"}, VErr{"q"}), Eq[any](Result{1, VErr{"q"}}, Result{1, VErr{"q"}}))
	target := Result{1, VErr{"t"}}
	found := false
	for _, x := range []any{1, 2.5, Result{1, VErr{"t"}}} {
		if x == any(target) {
			found = true
		}
	}
	fmt.Println("found", found)
	var e error = VErr{"x"}
	fmt.Println("errors.Is", errors.Is(fmt.Errorf("w: %w", e), VErr{"x"}))
	switch any(Result{1, VErr{"s"}}) {
	case any(Result{1, VErr{"s"}}):
		fmt.Println("switch match")
	default:
		fmt.Println("switch nomatch")
	}
}
