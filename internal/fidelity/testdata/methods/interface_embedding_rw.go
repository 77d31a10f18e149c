package main

import (
	"fmt"
	"io"
	"strings"
)

type Reader interface{ Read() (string, bool) }
type Writer interface{ Write(string) }
type ReadWriter interface {
	Reader
	Writer
}

type Buffer struct {
	lines []string
	pos   int
}

func (b *Buffer) Read() (string, bool) {
	if b.pos >= len(b.lines) {
		return "", false
	}
	b.pos++
	return b.lines[b.pos-1], true
}

func (b *Buffer) Write(s string) { b.lines = append(b.lines, s) }

type Upper struct{ Writer }

func (u Upper) Write(s string) { u.Writer.Write(strings.ToUpper(s)) }

type countingWriter struct {
	w io.Writer
	n int
}

func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += n
	return n, err
}

func copyAll(dst Writer, src Reader) int {
	n := 0
	for {
		s, ok := src.Read()
		if !ok {
			return n
		}
		dst.Write(s)
		n++
	}
}

func main() {
	src := &Buffer{lines: []string{"one", "two"}}
	dst := &Buffer{}
	var rw ReadWriter = dst
	n := copyAll(Upper{rw}, src)
	fmt.Println(n, dst.lines)
	var r Reader = rw
	s, ok := r.Read()
	fmt.Println(s, ok)
	_, isW := r.(Writer)
	fmt.Println(isW)
	var sb strings.Builder
	cw := &countingWriter{w: &sb}
	fmt.Fprintf(cw, "hello %s\n", "world")
	io.WriteString(cw, "bye")
	fmt.Printf("%d %q\n", cw.n, sb.String())
}
