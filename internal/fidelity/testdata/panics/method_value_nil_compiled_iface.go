// A method value taken from a nil interface of the standard library's
// panics where it is taken, as Go's does, before anything after it runs.
package main

import (
	"fmt"
	"io"
	"strings"
)

func try(what string, f func()) {
	defer func() { fmt.Println(what+":", recover()) }()
	f()
}

func main() {
	try("stringer", func() {
		var st fmt.Stringer
		f := st.String
		fmt.Println("not reached", f != nil)
	})
	try("reader", func() {
		var r io.Reader
		read := r.Read
		fmt.Println("not reached")
		read(nil)
	})
	var r io.Reader = strings.NewReader("hi")
	read := r.Read
	buf := make([]byte, 2)
	n, err := read(buf)
	fmt.Println(n, err, string(buf))
}
