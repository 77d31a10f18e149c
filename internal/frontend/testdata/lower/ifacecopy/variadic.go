// A struct literal or a constant of the program's type passed in a
// compiled function's variadic parameter of an interface with methods
// (io.MultiWriter's ...io.Writer) goes through a function that returns it
// as the interface: the interpreter did not wrap it ("cannot use struct
// {...} as io.Writer value in argument").
package main

import (
	"fmt"
	"io"
	"strings"
)

type counter struct{ n *int }

func (c counter) Write(p []byte) (int, error) { *c.n += len(p); return len(p), nil }

type discard int

func (discard) Write(p []byte) (int, error) { return len(p), nil }

type upper struct{ r io.Reader }

func (u upper) Read(p []byte) (int, error) {
	n, err := u.r.Read(p)
	copy(p, strings.ToUpper(string(p[:n])))
	return n, err
}

func main() {
	n := 0
	var b strings.Builder
	w := io.MultiWriter(&b, counter{&n}, discard(0))
	fmt.Fprintln(w, "hello")
	fmt.Print(b.String(), n, "\n")
	all, err := io.ReadAll(io.MultiReader(strings.NewReader("x"), upper{strings.NewReader("y")}))
	fmt.Println(string(all), err)
}

// Output:
// hello
// 6
// xY <nil>
