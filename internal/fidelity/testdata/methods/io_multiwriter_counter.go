package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

// countingWriter counts the bytes written through it.
type countingWriter struct{ n *int }

func (c countingWriter) Write(p []byte) (int, error) {
	*c.n += len(p)
	return len(p), nil
}

// upperReader upper-cases what it reads.
type upperReader struct{ r io.Reader }

func (u upperReader) Read(p []byte) (int, error) {
	n, err := u.r.Read(p)
	copy(p, strings.ToUpper(string(p[:n])))
	return n, err
}

type discard int

func (discard) Write(p []byte) (int, error) { return len(p), nil }

func main() {
	total := 0
	w := io.MultiWriter(os.Stdout, countingWriter{&total}, discard(0))
	fmt.Fprintln(w, "hello, world")
	fmt.Fprintf(w, "%d lines\n", 2)
	fmt.Println("bytes written:", total)

	r := io.MultiReader(strings.NewReader("first, "), upperReader{strings.NewReader("second")})
	all, err := io.ReadAll(r)
	fmt.Println(string(all), err)
}
