// A struct type declared in a function that embeds a compiled type with a
// String method (through a pointer) prints through it, as fmt finds it.
package main

import (
	"bytes"
	"fmt"
	"strings"
	"time"
)

func main() {
	type Note struct {
		Title string
		*strings.Builder
	}
	n := Note{"t", &strings.Builder{}}
	n.WriteString("body")
	fmt.Println(n)
	fmt.Printf("%v|%s|%q\n", n, n, n)
	type Stamp struct {
		time.Duration
	}
	fmt.Println(Stamp{1500 * time.Millisecond}, &Stamp{2 * time.Second})
	type Buf struct{ bytes.Buffer }
	var b Buf
	b.WriteString("buffered")
	fmt.Println(&b)
	fmt.Print(&b, "\n")
	var p *Note
	fmt.Println(p == nil)
}
