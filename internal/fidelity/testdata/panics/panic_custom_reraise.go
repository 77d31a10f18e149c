package main

import (
	"errors"
	"fmt"
	"os"
	"strconv"
)

type ParseError struct {
	Line int
	Err  error
}

func (p *ParseError) Error() string { return "line " + strconv.Itoa(p.Line) + ": " + p.Err.Error() }
func (p *ParseError) Unwrap() error { return p.Err }

func mustAtoi(line int, s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		panic(&ParseError{line, err})
	}
	return n
}

func parseAll(lines []string) (sum int, err error) {
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		if pe, ok := r.(*ParseError); ok {
			err = pe
			return
		}
		panic(r)
	}()
	for i, l := range lines {
		sum += mustAtoi(i+1, l)
	}
	return sum, nil
}

func risky(n int) (res string) {
	defer func() {
		if r := recover(); r != nil {
			res = fmt.Sprintf("recovered %v", r)
		}
	}()
	arr := []int{1, 2, 3}
	return strconv.Itoa(arr[n])
}

func main() {
	fmt.Println(parseAll([]string{"1", "2", "3"}))
	sum, err := parseAll([]string{"4", "x5", "6"})
	fmt.Println(sum, err)
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), ne.Func, errors.Is(err, strconv.ErrSyntax))
	fmt.Println(risky(1))
	fmt.Println(risky(5))
	func() {
		defer func() {
			fmt.Println("outer recovered:", recover())
		}()
		defer func() {
			fmt.Println("inner cleanup")
		}()
		var m map[string][]int
		m["k"] = append(m["k"], 1)
	}()
	defer fmt.Println("main deferred runs before exit status")
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("final:", r)
			os.Exit(3)
		}
	}()
	parseAll([]string{"1"})
	var p *ParseError
	fmt.Println(p.Line)
}
