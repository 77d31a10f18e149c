// The blank fields of a struct type of several get names of their own
// (yaegi named each X_: "reflect.StructOf: duplicate field X_").
package main

import "fmt"

type Header struct {
	Version uint8
	_       [3]byte // padding
	Length  uint32
	_       [4]byte
}

func main() {
	seen := map[Header]int{}
	seen[Header{Version: 1, Length: 8}]++
	seen[Header{Version: 1, Length: 8}]++
	h := Header{Version: 2}
	h2 := h
	h2.Length = 4
	fmt.Println(len(seen), seen[Header{Version: 1, Length: 8}], h == h2, h.Length, h2.Length)
	p := struct {
		_, _ int
		N    string
	}{N: "p"}
	fmt.Println(p.N)
}

// Output:
// 1 2 false 0 4
// p
