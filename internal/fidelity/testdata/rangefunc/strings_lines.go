package main

import (
	"fmt"
	"strings"
)

func main() {
	text := "first\nsecond\nthird\n"
	for line := range strings.Lines(text) {
		fmt.Printf("%q\n", line)
	}
}
