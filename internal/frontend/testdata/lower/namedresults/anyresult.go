// Named results of which one is an any: each is zeroed by an assignment
// of its own.
package main

import (
	"errors"
	"fmt"
)

func get(key string) (value any, err error) {
	if key == "" {
		return nil, errors.New("empty key")
	}
	return len(key), nil
}

func lookup(m map[string]any, k string) (v any, ok bool) {
	v, ok = m[k]
	return
}

func pair() (n int, r any) { return 2, "two" }

func main() {
	fmt.Println(get("abc"))
	fmt.Println(get(""))
	fmt.Println(lookup(map[string]any{"a": 1.5}, "a"))
	fmt.Println(lookup(nil, "b"))
	fmt.Println(pair())
	fmt.Println(func() (res any, err error) { return []int{1}, nil }())
}

// Output:
// 3 <nil>
// <nil> empty key
// 1.5 true
// <nil> false
// 2 two
// [1] <nil>
