package main

import (
	"fmt"
	"strings"
)

type Handler func(string) string

func logging(next Handler) Handler {
	return func(s string) string { return "log(" + next(s) + ")" }
}

func auth(next Handler) Handler {
	return func(s string) string { return "auth(" + next(s) + ")" }
}

func main() {
	h := Handler(strings.ToUpper)
	for _, mw := range []func(Handler) Handler{logging, auth} {
		h = mw(h)
	}
	fmt.Println(h("req"))
}
