package main

import (
	"fmt"
	"strings"
)

type Log struct {
	strings.Builder
}

func main() {
	l := &Log{}
	w := l.WriteString
	w("x")
	fmt.Println(l.String())
}
