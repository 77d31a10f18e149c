package main

import (
	"bytes"
	"fmt"
)

type Log struct {
	bytes.Buffer
}

func (l *Log) Step(s string) {
	defer l.WriteString("\n")
	l.WriteString(s)
}

func main() {
	var l Log
	l.Step("a")
	l.Step("b")
	fmt.Printf("%q\n", l.String())
}
