package main

import (
	"fmt"
	"strings"
)

func main() {
	var b strings.Builder
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&b, "%d-", i)
	}
	b.WriteString("end")
	fmt.Println(b.String(), b.Len())
	fmt.Println(strings.Join([]string{"a", "b", "c"}, ", "))
}
