package main

import (
	"errors"
	"fmt"
	"strconv"
)

type ParseError struct {
	Input string
	Pos   int
}

func (p ParseError) Error() string { return fmt.Sprintf("cannot parse %q at %d", p.Input, p.Pos) }

func mustAtoi(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		panic(ParseError{s, 0})
	}
	return n
}

func safeSum(items []string) (total int, err error) {
	defer func() {
		if r := recover(); r != nil {
			if pe, ok := r.(ParseError); ok {
				err = fmt.Errorf("safeSum: %w", pe)
				return
			}
			err = fmt.Errorf("safeSum: %v", r)
		}
	}()
	for _, s := range items {
		total += mustAtoi(s)
	}
	return total, nil
}

func main() {
	fmt.Println(safeSum([]string{"1", "2", "3"}))
	n, err := safeSum([]string{"1", "two", "3"})
	fmt.Println(n, err)
	var pe ParseError
	fmt.Println(errors.As(err, &pe), pe.Input)
	fmt.Println(safeSum(nil))
	var numErr *strconv.NumError
	_, e := strconv.Atoi("12a")
	fmt.Println(errors.As(e, &numErr), numErr.Func, numErr.Num, numErr.Err)
}
