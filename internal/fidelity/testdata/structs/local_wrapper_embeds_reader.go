// Types declared inside a function that get their methods by embedding,
// used through interfaces of the standard library.
package main

import (
	"fmt"
	"io"
	"strings"
)

type Label struct{ Text string }

func (l Label) String() string { return "label " + l.Text }

func main() {
	type counting struct{ *strings.Reader }
	type tagged struct {
		Label
		N int
	}

	var src any = &counting{strings.NewReader("hello, reader")}
	if r, ok := src.(io.Reader); ok {
		b, _ := io.ReadAll(r)
		fmt.Println("read:", string(b))
	}

	var none *counting
	src = none
	r, ok := src.(io.Reader)
	fmt.Println("nil wrapper is a reader:", ok, r != nil)

	items := []any{tagged{Label{"a"}, 1}, &tagged{Label{"b"}, 2}, 3}
	for _, it := range items {
		if s, ok := it.(fmt.Stringer); ok {
			fmt.Println("stringer:", s.String())
			continue
		}
		switch v := it.(type) {
		case int:
			fmt.Println("int", v)
		default:
			fmt.Printf("other %T\n", v)
		}
	}
}
