package main

import (
	"errors"
	"fmt"
	"strconv"
)

func parseValue(s string) (v any, err error) {
	if s == "" {
		err = errors.New("empty input")
		return
	}
	if n, convErr := strconv.Atoi(s); convErr == nil {
		v = n
		return
	}
	v = s
	return
}

func get(m map[string]any, key string) (val any, ok bool) {
	val, ok = m[key]
	return
}

func split(s string) (n int, rest any) {
	return len(s), s[1:]
}

func main() {
	for _, s := range []string{"42", "hello", ""} {
		v, err := parseValue(s)
		fmt.Printf("%v %T %v\n", v, v, err)
	}
	m := map[string]any{"a": 1, "b": "two"}
	fmt.Println(get(m, "a"))
	fmt.Println(get(m, "z"))
	fmt.Println(split("xyz"))
}
