package main

import (
	"fmt"
	"maps"
	"slices"
)

func main() {
	m := map[int]string{1: "one", 2: "two", 3: "three", 4: "four"}
	maps.DeleteFunc(m, func(k int, v string) bool { return k%2 == 0 })
	dst := map[int]string{10: "ten"}
	maps.Copy(dst, m)
	for _, k := range slices.Sorted(maps.Keys(dst)) {
		fmt.Println(k, dst[k])
	}
}
