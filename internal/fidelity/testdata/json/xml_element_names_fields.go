package main

import (
	"encoding/xml"
	"fmt"
)

// Element names taken from the type where an XMLName field names none, of
// structs in a []any, and of a generic type's instance.

type Named struct {
	XMLName xml.Name
	V       int
}

type Tagged struct {
	XMLName xml.Name `xml:"tagged"`
	V       int
}

type Cfg struct{ Port int }

type Entry[T any] struct{ Val T }

func main() {
	for _, v := range []any{
		Named{V: 4},
		Named{XMLName: xml.Name{Local: "given"}, V: 5},
		Tagged{V: 6},
		[]any{Cfg{80}, &Cfg{81}, 7},
		Entry[int]{1},
		[]Entry[string]{{"a"}, {"b"}},
	} {
		b, err := xml.Marshal(v)
		fmt.Println(string(b), err)
	}
}
