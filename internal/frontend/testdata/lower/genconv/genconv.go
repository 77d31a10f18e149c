// Conversions in generic code to an instance of a generic type with the
// code's type parameters are written as assignments (yaegi's compiler
// panicked instantiating the function).
package main

import "fmt"

type List[T any] []T

func (l List[T]) Len() int { return len(l) }

type Sized[T any] interface{ Len() int }

type Node[T any] struct {
	Val  T
	Next *Node[T]
}

func count[T any](s []T) int { return len(List[T](s)) }

func wrap[T any](s []T) Sized[T] { return Sized[T](List[T](s)) }

func none[T any]() *Node[T] { return (*Node[T])(nil) }

func main() {
	fmt.Println(count([]int{1, 2, 3}))
	fmt.Println(wrap([]string{"a", "b"}).Len(), none[int]() == nil)
}

// Output:
// 3
// 2 true
