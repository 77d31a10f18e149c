// Several values of one expression (a call's results, comma-ok forms, a
// select's receive) assigned to variables and elements of interface
// types that held values of the program's types with methods, also in
// the headers of if, switch and for statements.
package main

import "fmt"

type Code int

func (c Code) String() string { return fmt.Sprintf("C%d", int(c)) }

type Val interface{ V() int }

type A struct{ n int }

func (a A) V() int { return a.n }

var calls []string

func f(tag string) (A, int) {
	calls = append(calls, tag)
	return A{len(calls)}, len(calls) * 10
}

func idx(i int) int { calls = append(calls, fmt.Sprint("idx", i)); return i }

func get() (Code, error) { return 7, nil }

func step(i int) (fmt.Stringer, int) { return Code(i), i + 1 }

func main() {
	var s fmt.Stringer = Code(1)
	var ok bool
	ch := make(chan Code, 2)
	ch <- 3
	s, ok = <-ch
	fmt.Println(s, ok)
	m := map[string]Code{"a": 4}
	s, ok = m["a"]
	fmt.Println(s, ok)
	s, ok = m["zz"]
	fmt.Println(s, ok)
	var x any = Code(5)
	s, ok = x.(Code)
	fmt.Println(s, ok)
	ch <- 9
	select {
	case s, ok = <-ch:
		fmt.Println("select", s, ok)
	}

	arr := make([]Val, 3)
	ints := make([]int, 3)
	arr[idx(0)], ints[idx(1)] = f("a")
	fmt.Println(arr[0].V(), ints, calls)
	vals := map[string]Val{}
	var n int
	vals["k"], n = f("b")
	fmt.Println(vals["k"].V(), n)
	anys := map[string]any{}
	var err error
	anys["code"], err = get()
	_, isStringer := anys["code"].(fmt.Stringer)
	fmt.Println(anys, err, isStringer)

	var v any = A{0}
	if v, err = get(); err == nil {
		fmt.Printf("if %v %T\n", v, v)
	}
	switch v, err = get(); v.(type) {
	case fmt.Stringer:
		fmt.Println("switch stringer", v, err)
	default:
		fmt.Println("switch default", v)
	}
	var cur fmt.Stringer
	for cur, n = step(0); n < 3; cur, n = step(n) {
		fmt.Print(cur, " ", n, "; ")
	}
	fmt.Println(cur, n)
}
