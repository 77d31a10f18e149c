package main

import "fmt"

type Optional[T any] struct {
	val T
	ok  bool
}

func Some[T any](v T) Optional[T] { return Optional[T]{v, true} }
func None[T any]() Optional[T]    { return Optional[T]{} }

func (o Optional[T]) String() string {
	if !o.ok {
		return "None"
	}
	return fmt.Sprintf("Some(%v)", o.val)
}

func (o Optional[T]) OrElse(d T) T {
	if o.ok {
		return o.val
	}
	return d
}

func find(xs []string, want string) Optional[int] {
	for i, x := range xs {
		if x == want {
			return Some(i)
		}
	}
	return None[int]()
}

func main() {
	xs := []string{"a", "b", "c"}
	fmt.Println(find(xs, "b"), find(xs, "z"))
	fmt.Println(find(xs, "z").OrElse(-1), find(xs, "c").OrElse(-1))
	name := Some("gopher")
	fmt.Printf("%v %s\n", name, name)
	fmt.Println(name.String())
}
