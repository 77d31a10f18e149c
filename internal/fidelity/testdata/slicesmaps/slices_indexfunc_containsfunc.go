package main

import (
	"fmt"
	"slices"
	"strings"
)

func main() {
	s := []string{"go", "rust", "zig", "python"}
	i := slices.IndexFunc(s, func(x string) bool { return len(x) > 3 })
	fmt.Println(i, s[i])
	fmt.Println(slices.ContainsFunc(s, func(x string) bool { return strings.HasPrefix(x, "z") }))
}
