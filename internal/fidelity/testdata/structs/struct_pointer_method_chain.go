package main

import (
	"fmt"
	"strings"
)

type Builder struct{ parts []string }

func (b *Builder) Add(s string) *Builder {
	b.parts = append(b.parts, s)
	return b
}

func (b *Builder) Build() string { return strings.Join(b.parts, " ") }

func main() {
	fmt.Println(new(Builder).Add("a").Add("b").Add("c").Build())
}
