package main

import (
	"fmt"
	"strings"
)

func main() {
	k, v, ok := strings.Cut("key=value", "=")
	fmt.Println(k, v, ok)
	_, _, ok = strings.Cut("novalue", "=")
	fmt.Println(ok)
	after, found := strings.CutPrefix("v1.2.3", "v")
	fmt.Println(after, found)
	fmt.Println(strings.EqualFold("Go", "GO"))
}
