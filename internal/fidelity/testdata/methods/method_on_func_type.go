package main

import (
	"fmt"
	"strings"
)

type HandlerFunc func(string) string

func (f HandlerFunc) Handle(s string) string { return "[" + f(s) + "]" }

type Handler interface{ Handle(string) string }

func main() {
	var h Handler = HandlerFunc(strings.ToUpper)
	fmt.Println(h.Handle("go"))
}
