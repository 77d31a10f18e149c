package main

import "fmt"

type Sizer interface{ Size() int }
type Blob []byte

func (b Blob) Size() int { return len(b) }

func main() {
	var v any = Blob("hello")
	if s, ok := v.(Sizer); ok {
		fmt.Println(s.Size())
	}
	var w any = []byte("hi")
	_, ok := w.(Sizer)
	fmt.Println(ok)
}
