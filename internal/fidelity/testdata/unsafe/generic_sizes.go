// unsafe.Sizeof in generic code: the size of each instantiation, as a
// buffer pool or a binary encoder computes it.
package main

import (
	"fmt"
	"unsafe"
)

type Pair[K comparable, V any] struct {
	Key   K
	Value V
}

func bytesFor[T any](n int) int {
	var zero T
	return n * int(unsafe.Sizeof(zero))
}

func layout[K comparable, V any]() string {
	var p Pair[K, V]
	return fmt.Sprintf("size %d align %d value at %d", unsafe.Sizeof(p), unsafe.Alignof(p), unsafe.Offsetof(p.Value))
}

func main() {
	fmt.Println(bytesFor[int32](10), bytesFor[float64](10), bytesFor[[4]byte](3), bytesFor[string](2))
	fmt.Println(layout[byte, int64]())
	fmt.Println(layout[int16, any]())
	fmt.Println(layout[string, error]())
	fmt.Println(layout[bool, struct{}]())
}
