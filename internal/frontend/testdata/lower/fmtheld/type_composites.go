// %T of a slice, map or array of the program's struct types, or of
// instances of its generic struct types, held in an interface, which the
// interpreter holds bare ([]struct { ID int; Total float64 }): named as Go
// names it, through a function returning any too.
package main

import "fmt"

type Order struct {
	ID    int
	Total float64
}

type User struct{ Name string }

type Ranked[T any] struct {
	Item  T
	Score float64
}

type Pair[K comparable, V any] struct {
	K K
	V V
}

func top[T any](x T) []Ranked[T] { return []Ranked[T]{{x, 1}} }

func load(kind string) any {
	switch kind {
	case "orders":
		return []Order{{7, 9.99}}
	case "byName":
		return map[string]User{"ann": {"ann"}}
	}
	return [2]Order{}
}

func main() {
	var a any = []Order{{1, 2}}
	fmt.Printf("%T %v\n", a, a)
	for _, k := range []string{"orders", "byName", "pair"} {
		v := load(k)
		fmt.Printf("%T\n", v)
	}
	var ints any = []int{1}
	fmt.Printf("%T\n", ints)
	var r any = top("go")
	var p any = map[string]Pair[string, int]{}
	fmt.Printf("%T %T\n", r, p)
}

// Output:
// []main.Order [{1 2}]
// []main.Order
// map[string]main.User
// [2]main.Order
// []int
// []main.Ranked[string] map[string]main.Pair[string,int]
