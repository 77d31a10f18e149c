package main

import (
	"fmt"
	"io"
)

type NotFound struct{ Key string }

func (n NotFound) Error() string { return "not found: " + n.Key }

type S2 struct{}

func (S2) String() string { return "s2" }

func classify(v any) string {
	switch x := v.(type) {
	case error:
		return "error " + x.Error()
	}
	return "other"
}

func main() {
	fmt.Println(classify(S2{}))
	fmt.Println(classify(io.EOF))
}
