// unsafe where the memory is Go's: pointer identity, a float's bits, a
// struct read as another of the same layout, bytes as a string without a
// copy, a slice's elements as bytes, a field by its offset.
package main

import (
	"fmt"
	"unsafe"
)

type RGBA struct {
	R, G, B, A uint8
}

type Header struct {
	Kind  uint16
	Flags uint16
	Len   uint32
	Name  string
}

type Record struct {
	Type  uint16
	Bits  uint16
	Size  uint32
	Label string
}

func bytesToString(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(unsafe.SliceData(b), len(b))
}

func main() {
	a, b := 1, 1
	pa := &a
	fmt.Println(unsafe.Pointer(pa) == unsafe.Pointer(&a), unsafe.Pointer(&a) == unsafe.Pointer(&b))
	seen := map[uintptr]bool{uintptr(unsafe.Pointer(&a)): true}
	fmt.Println(seen[uintptr(unsafe.Pointer(pa))], seen[uintptr(unsafe.Pointer(&b))])

	f := -2.0
	bits := *(*uint64)(unsafe.Pointer(&f))
	fmt.Printf("%#016x sign=%d\n", bits, bits>>63)

	c := RGBA{0x11, 0x22, 0x33, 0x44}
	word := *(*uint32)(unsafe.Pointer(&c))
	fmt.Printf("%#08x\n", word)

	h := Header{Kind: 3, Flags: 1, Len: 42, Name: "blob"}
	r := (*Record)(unsafe.Pointer(&h))
	r.Size++
	fmt.Printf("%+v %+v\n", h, *r)

	buf := []byte("gopher")
	s := bytesToString(buf)
	buf[0] = 'G'
	fmt.Println(s, len(s), bytesToString(nil) == "")

	pix := []RGBA{{1, 2, 3, 4}, {5, 6, 7, 8}}
	raw := unsafe.Slice((*byte)(unsafe.Pointer(&pix[0])), len(pix)*int(unsafe.Sizeof(pix[0])))
	fmt.Println(raw)
	raw[4] = 50
	fmt.Println(pix[1])

	name := (*string)(unsafe.Add(unsafe.Pointer(&h), unsafe.Offsetof(h.Name)))
	*name = "renamed"
	fmt.Println(h.Name, unsafe.Sizeof(h), unsafe.Alignof(h), unsafe.Offsetof(h.Name))

	data := unsafe.StringData("literal")
	fmt.Println(string(unsafe.Slice(data, 3)))

	var np *int
	fmt.Println(unsafe.Pointer(np) == nil, uintptr(unsafe.Pointer(np)))
}
