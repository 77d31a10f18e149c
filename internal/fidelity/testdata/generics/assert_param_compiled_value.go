// A type parameter asserted out of an any that compiled code gave back
// (atomic.Value, a map of any): the failure says what Go says.
package main

import (
	"fmt"
	"sync/atomic"
)

func Load[T any](av *atomic.Value) T {
	return av.Load().(T)
}

func Get[T any](m map[string]any, k string) (t T, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("get %s: %v", k, r)
		}
	}()
	return m[k].(T), nil
}

func main() {
	var av atomic.Value
	av.Store(3)
	fmt.Println(Load[int](&av))
	fmt.Println(Get[string](map[string]any{"n": 1, "s": "x"}, "s"))
	fmt.Println(Get[string](map[string]any{"n": 1, "s": "x"}, "n"))
	defer func() { fmt.Println("recovered:", recover()) }()
	Load[string](&av)
}
