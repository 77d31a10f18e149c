package main

import "fmt"

func try(name string, f func()) {
	defer func() { fmt.Println(name, recover()) }()
	f()
}

// make of a slice whose constant length or capacity is too large: Go's
// run-time error says which.
func main() {
	s := []byte{1}
	n := 1 << 50
	try("const-len", func() { _ = make([]int64, 1<<50) })
	try("const-cap", func() { _ = make([]int64, 0, 1<<50) })
	try("const-len-struct", func() { _ = make([]struct{ a, b int }, 1<<45) })
	try("append-var", func() { _ = append(s, make([]byte, n)...) })
	try("append-const", func() { _ = append(s, make([]byte, 1<<50)...) })
	try("arr-slices", func() { _ = make([][1 << 20]byte, 1<<30) })
}
