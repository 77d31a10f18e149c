package main

import (
	"errors"
	"fmt"
	"strconv"
)

func parse(s string) (n int, err error) {
	if s == "" {
		n, err = 0, errors.New("empty input")
		return
	}
	v, convErr := strconv.Atoi(s)
	if convErr != nil {
		return 0, convErr
	}
	n, err = v*2, nil
	return
}

func main() {
	for _, s := range []string{"21", "", "x"} {
		fmt.Println(parse(s))
	}
	var names []string
	var index map[string]int
	names, index = nil, nil
	fmt.Println(names == nil, index == nil, len(names))
}
