// A type assertion to a type parameter of a value of an interface with
// methods goes through any (yaegi's compiler panicked instantiating the
// function); not where the program declares a type the interpreter holds
// alike with the type argument, which implements the interface.
package main

import "fmt"

type Named interface{ Name() string }

type ID int

func (ID) Name() string { return "id" }

type User struct{ N string }

func (u User) Name() string { return u.N }

func is[T any](n Named) bool {
	_, ok := n.(T)
	return ok
}

func must[T any](n Named) T { return n.(T) }

type Filter[T any] struct{ all []Named }

func (f Filter[T]) Keep() []T {
	var out []T
	for _, n := range f.all {
		if v, ok := n.(T); ok {
			out = append(out, v)
		}
	}
	return out
}

func main() {
	all := []Named{ID(1), User{"ann"}, ID(2)}
	fmt.Println(is[bool](nil), is[ID](all[0]), is[User](all[0]))
	fmt.Println(must[User](all[1]).N, Filter[ID]{all}.Keep())
}

// Output:
// false true false
// ann [1 2]
