package main

import (
	"fmt"
	"strings"
)

type Path []string

func (p Path) String() string { return "/" + strings.Join(p, "/") }
func (p *Path) Push(s string) { *p = append(*p, s) }

func main() {
	var p Path
	p.Push("usr")
	p.Push("local")
	fmt.Println(p.String(), len(p))
}
