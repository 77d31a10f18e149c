package main

import (
	"fmt"
	"sort"
)

type Handler interface {
	Handle(path string, attempt int) string
}

type Static struct{ body string }

func (s Static) Handle(string, int) string { return s.body }

type Echo struct{}

func (Echo) Handle(path string, _ int) string { return "echo " + path }

func always(string) bool { return true }

func main() {
	routes := map[string]Handler{"/": Static{"home"}, "/echo": Echo{}}
	var paths []string
	for p := range routes {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	for _, p := range paths {
		fmt.Println(p, routes[p].Handle(p, 1), always(p))
	}
	count := 0
	visit := func(string, int) { count++ }
	for i, p := range paths {
		visit(p, i)
	}
	fmt.Println(count)
}
