package main

import (
	"fmt"
	"os"
)

type NamedWriter interface {
	Write(p []byte) (int, error)
	Name() string
}

type out struct{ prefix string }

func (o *out) Write(p []byte) (int, error) { return os.Stdout.Write(append([]byte(o.prefix), p...)) }
func (o *out) Name() string                { return "out" }

func main() {
	var w NamedWriter = &out{"> "}
	fmt.Fprintln(w, "hello")
}
