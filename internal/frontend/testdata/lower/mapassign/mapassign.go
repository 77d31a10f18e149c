// Map elements assigned from a value of several results: a call, a type
// assertion, a map index, a receive (yaegi stored nothing in the map).
package main

import "fmt"

type Flag bool

func pair() (string, string) { return "p", "q" }

func main() {
	var d any = "y"
	m := map[string]string{}
	var ok bool
	m["assert"], ok = d.(string)
	fmt.Println(m["assert"], ok)

	src := map[string]int{"k": 3}
	n := map[string]int{}
	n["index"], ok = src["k"]
	fmt.Println(n["index"], ok)

	ch := make(chan int, 1)
	ch <- 4
	n["recv"], ok = <-ch
	fmt.Println(n["recv"], ok)

	m["a"], m["b"] = pair()
	var x string
	x, m["c"] = pair()
	fmt.Println(m["a"], m["b"], m["c"], x)

	flags := map[int]Flag{}
	var s string
	s, flags[1] = d.(string)
	fmt.Println(s, flags)

	for i, k := range []string{"u", "v"} {
		if i == 1 {
			m[k], ok = d.(string)
		}
	}
	fmt.Println(len(m), m["v"], m["u"] == "")

	// The operands on the left are evaluated before the right side.
	trace := ""
	key := func(k string) string { trace += "k"; return k }
	ptr := func() *error { trace += "p"; return new(error) }
	atoi := func(s string) (int, error) { trace += "r"; return len(s), nil }
	n[key("abc")], *ptr() = atoi("abc")
	fmt.Println(n["abc"], trace)

	// A comma-ok index's value goes through a variable too: zero for a
	// missing key, which the interpreter would leave as it was.
	v := 7
	seen := map[string]bool{}
	v, seen["zz"] = src["zz"]
	fmt.Println(v, seen)
}

// Output:
// y true
// 3 true
// 4 true
// p q q p
// y map[1:true]
// 5 y true
// 3 kpr
// 0 map[zz:false]
