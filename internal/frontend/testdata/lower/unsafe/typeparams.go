// unsafe.Sizeof, Alignof and Offsetof of a type that has a type parameter,
// which are no constants: Go's layout of the instantiation, from the host.
package main

import (
	"fmt"
	"unsafe"
)

type Stringer interface{ String() string }

type Box[T any] struct {
	Flag bool
	V    T
	N    int32
}

type Inner struct {
	A byte
	E error
}

type Wrap[T any] struct {
	Inner
	X T
}

func size[T any]() uintptr  { var v T; return unsafe.Sizeof(v) }
func align[T any]() uintptr { return unsafe.Alignof(*new(T)) }
func boxOff[T any](b *Box[T]) (uintptr, uintptr, uintptr) {
	return unsafe.Offsetof(b.V), unsafe.Offsetof(b.N), unsafe.Sizeof(*b)
}
func wrapOff[T any](w Wrap[T]) (uintptr, uintptr) { return unsafe.Offsetof(w.E), unsafe.Offsetof(w.X) }

func main() {
	fmt.Println(size[int8](), size[string](), size[any](), size[Stringer](), size[error](), size[func()]())
	fmt.Println(size[[3]any](), size[Inner](), size[struct {
		a byte
		s Stringer
		b byte
	}](), size[map[int]any](), size[[]Stringer]())
	fmt.Println(align[byte](), align[complex128](), align[Inner](), align[[2]int16]())
	fmt.Println(boxOff(&Box[any]{}))
	fmt.Println(boxOff(&Box[byte]{}))
	fmt.Println(boxOff(&Box[Inner]{}))
	fmt.Println(boxOff(&Box[struct{}]{}))
	fmt.Println(wrapOff(Wrap[int16]{}))
	fmt.Println(size[struct {
		a int64
		z [0]int
	}](), size[Box[Stringer]]())
}

// Output:
// 1 16 16 16 16 8
// 48 24 32 8 24
// 1 8 8 2
// 8 24 32
// 1 4 8
// 8 32 40
// 1 4 8
// 8 24
// 16 32
