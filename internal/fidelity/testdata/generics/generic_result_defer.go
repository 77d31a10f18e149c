package main

import (
	"errors"
	"fmt"
	"strconv"
)

type Result[T any] struct {
	Val T
	Err error
}

func (r Result[T]) String() string {
	if r.Err != nil {
		return "err(" + r.Err.Error() + ")"
	}
	return fmt.Sprintf("ok(%v)", r.Val)
}

func Try[T any](f func() T) (res Result[T]) {
	defer func() {
		if r := recover(); r != nil {
			res.Err = fmt.Errorf("panic: %v", r)
		}
	}()
	res.Val = f()
	return
}

func Collect[T any](rs ...Result[T]) ([]T, error) {
	var vals []T
	var errs []error
	for _, r := range rs {
		if r.Err != nil {
			errs = append(errs, r.Err)
			continue
		}
		vals = append(vals, r.Val)
	}
	return vals, errors.Join(errs...)
}

func main() {
	parse := func(s string) func() int {
		return func() int {
			n, err := strconv.Atoi(s)
			if err != nil {
				panic(err)
			}
			return 100 / n
		}
	}
	var rs []Result[int]
	for _, s := range []string{"4", "x", "0", "25"} {
		rs = append(rs, Try(parse(s)))
	}
	for _, r := range rs {
		fmt.Println(r)
	}
	vals, err := Collect(rs...)
	fmt.Println(vals)
	fmt.Println(err)
	fmt.Println(Try(func() string { return "fine" }))
	fmt.Printf("%v|%+v\n", rs[0], rs[0])
}
