package main

import (
	"fmt"
	"strconv"
	"strings"
)

func compose[A, B, C any](f func(A) B, g func(B) C) func(A) C {
	return func(a A) C { return g(f(a)) }
}

func main() {
	lenOfUpper := compose(strings.ToUpper, func(s string) int { return len(s) })
	fmt.Println(lenOfUpper("hello"))
	h := compose(strconv.Itoa, strings.NewReader)
	fmt.Println(h(12345).Len())
}
