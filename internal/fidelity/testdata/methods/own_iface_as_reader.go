package main

import (
	"fmt"
	"io"
	"strings"
)

type RC interface {
	io.Reader
}

type upper struct {
	src *strings.Reader
}

func (u *upper) Read(p []byte) (int, error) {
	n, err := u.src.Read(p)
	copy(p, strings.ToUpper(string(p[:n])))
	return n, err
}
func (u *upper) Close() error { return nil }

func consume(r io.Reader) string {
	b, _ := io.ReadAll(r)
	return string(b)
}

func main() {
	var rc RC = &upper{strings.NewReader("hello")}
	fmt.Println(consume(rc))
}
