// unsafe.Pointer runs where the memory is laid out as Go's: pointers,
// same-layout casts, unsafe.String, StringData, Slice and SliceData (the
// host's), Add with a length of any integer type.
package main

import (
	"fmt"
	"unsafe"
)

type Point struct {
	X, Y int32
	Name string
}

type Pair struct {
	A, B int32
	S    string
}

type Celsius float64

type Node struct {
	V    int
	Next *Node
}

func main() {
	// pointer identity
	x, y := 1, 2
	p, q := &x, &x
	fmt.Println(p == q, unsafe.Pointer(p) == unsafe.Pointer(&x), unsafe.Pointer(&x) == unsafe.Pointer(&y))
	fmt.Println(uintptr(unsafe.Pointer(p)) == uintptr(unsafe.Pointer(q)), uintptr(unsafe.Pointer(&x)) != 0)

	// same-layout casts
	pt := Point{1, 2, "a"}
	pr := (*Pair)(unsafe.Pointer(&pt))
	pr.A = 10
	fmt.Println(pt, *pr)
	f := 3.5
	c := *(*Celsius)(unsafe.Pointer(&f))
	fmt.Println(c)
	bits := *(*uint64)(unsafe.Pointer(&f))
	fmt.Printf("%#x\n", bits)
	arr := [4]byte{1, 2, 3, 4}
	u := *(*uint32)(unsafe.Pointer(&arr))
	fmt.Printf("%#x\n", u)

	// strings and bytes
	b := []byte("hello")
	s := unsafe.String(&b[0], len(b))
	fmt.Println(s, len(s))
	b[0] = 'j'
	fmt.Println(s)
	d := unsafe.StringData("world")
	fmt.Println(string(unsafe.Slice(d, 5)))
	bs := unsafe.Slice(unsafe.StringData(s), uint8(3))
	fmt.Println(string(bs), len(bs), cap(bs))
	fmt.Println(unsafe.SliceData(b) == &b[0], unsafe.SliceData([]int(nil)) == nil)

	// Add and pointer arithmetic
	nums := [3]int64{7, 8, 9}
	second := (*int64)(unsafe.Add(unsafe.Pointer(&nums[0]), 8))
	fmt.Println(*second)
	third := (*int64)(unsafe.Pointer(uintptr(unsafe.Pointer(&nums[0])) + 2*unsafe.Sizeof(nums[0])))
	fmt.Println(*third)
	fmt.Println(*(*int64)(unsafe.Add(unsafe.Pointer(&nums[2]), int8(-8))))

	// structs of interpreted types: fields by offset
	n := &Node{V: 5}
	n.Next = &Node{V: 6}
	vp := (*int)(unsafe.Add(unsafe.Pointer(n), unsafe.Offsetof(n.V)))
	np := (**Node)(unsafe.Add(unsafe.Pointer(n), unsafe.Offsetof(n.Next)))
	fmt.Println(*vp, (*np).V)
	ps := (*string)(unsafe.Add(unsafe.Pointer(&pt), unsafe.Offsetof(pt.Name)))
	fmt.Println(*ps)

	// slices of structs
	pts := []Point{{1, 2, "a"}, {3, 4, "b"}}
	prs := unsafe.Slice((*Pair)(unsafe.Pointer(unsafe.SliceData(pts))), len(pts))
	fmt.Println(prs, len(prs))
	fmt.Println(unsafe.Sizeof(pt), unsafe.Alignof(pt), unsafe.Offsetof(pt.Name))

	// nil
	var np2 *int
	fmt.Println(unsafe.Pointer(np2) == nil, uintptr(unsafe.Pointer(np2)))
	var up unsafe.Pointer
	fmt.Println(up == nil, (*int)(up) == nil)

	// byte view of an int array, map of pointers
	ints := []int32{1, 256}
	raw := unsafe.Slice((*byte)(unsafe.Pointer(&ints[0])), len(ints)*4)
	fmt.Println(raw)
	seen := map[unsafe.Pointer]int{}
	seen[unsafe.Pointer(&x)]++
	seen[unsafe.Pointer(p)]++
	fmt.Println(len(seen), seen[unsafe.Pointer(&x)])
}

// Output:
// true true false
// true true
// {10 2 a} {10 2 a}
// 3.5
// 0x400c000000000000
// 0x4030201
// hello 5
// jello
// world
// jel 3 3
// true true
// 8
// 9
// 8
// 5 6
// a
// [{1 2 a} {3 4 b}] 2
// 24 8 8
// true 0
// true true
// [1 0 0 0 0 1 0 0]
// 1 2
