package main

import (
	"fmt"
	"strings"
)

type Writer interface{ Write(p []byte) (int, error) }

type counting struct {
	Writer
	n int
}

func (c *counting) Write(p []byte) (int, error) {
	c.n += len(p)
	return c.Writer.Write(p)
}

func main() {
	var sb strings.Builder
	c := &counting{Writer: &sb}
	fmt.Fprintf(c, "hello %s", "world")
	fmt.Println(sb.String(), c.n)
}
