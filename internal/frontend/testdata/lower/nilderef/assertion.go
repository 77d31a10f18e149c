package main

import "fmt"

type Pt struct{ X, Y int }

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isErr := r.(error)
		fmt.Println(name, isErr, r)
	}()
	f()
}

func main() {
	var a any = &Pt{1, 2}
	fmt.Println(*a.(*Pt), a.(*Pt).Y)
	m := map[string]any{"p": &Pt{3, 4}}
	q := *m["p"].(*Pt)
	q.X = 7
	fmt.Println(q, *m["p"].(*Pt))
	var none any = (*Pt)(nil)
	try("nil", func() { fmt.Println(*none.(*Pt)) })
}

// Output:
// {1 2} 2
// {7 4} {3 4}
// nil true runtime error: invalid memory address or nil pointer dereference
