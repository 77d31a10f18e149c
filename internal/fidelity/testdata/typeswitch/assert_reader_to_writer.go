package main

// An io.Reader holding a pointer of the program's, asserted to io.Writer,
// in a program that also puts a struct value in an io.Writer (which the
// interpreter's wrapper keeps as its last field only): the Reader cannot
// hold that struct, which has no Read.

import (
	"fmt"
	"io"
	"os"
)

type upperWriter struct{ w io.Writer }

func (u upperWriter) Write(p []byte) (int, error) { return u.w.Write(p) }

type countReader struct{ n int }

func (c *countReader) Read(p []byte) (int, error) { return 0, io.EOF }

func main() {
	var w io.Writer = upperWriter{os.Stdout}
	fmt.Fprintln(w, "hi")
	var r io.Reader = &countReader{}
	_, ok := r.(io.Writer)
	fmt.Println(ok)
	_, ok = w.(io.Reader)
	fmt.Println(ok)
	switch r.(type) {
	case io.Writer:
		fmt.Println("writer")
	case io.Reader:
		fmt.Println("reader")
	}
}
