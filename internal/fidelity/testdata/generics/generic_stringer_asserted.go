// A generic container with a String method, handed around as any and
// recognised by what it can do (fmt.Stringer) rather than by its type.
package main

import "fmt"

type Box[T any] struct{ V T }

func (b Box[T]) String() string { return fmt.Sprintf("Box(%v)", b.V) }

type Plain struct{ n int }

func (p Plain) String() string { return fmt.Sprint("plain ", p.n) }

func describe(v any) string {
	switch x := v.(type) {
	case Box[int]:
		return "int box " + fmt.Sprint(x.V+1)
	case fmt.Stringer:
		return "stringer " + x.String()
	}
	return "unknown"
}

func main() {
	for _, v := range []any{Box[int]{1}, Box[float64]{2.5}, Box[string]{"s"}, Plain{3}, 4} {
		fmt.Println(describe(v))
	}
	var a any = Box[string]{"x"}
	if st, ok := a.(fmt.Stringer); ok {
		fmt.Println("got", st.String(), st)
	}
	st, ok := any(Plain{5}).(fmt.Stringer)
	fmt.Println(st, ok)
	_, ok = any(4).(fmt.Stringer)
	fmt.Println(ok)
}
