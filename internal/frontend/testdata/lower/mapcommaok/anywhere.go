// A comma-ok map index gives the zero value for a missing key wherever the
// value's variable held something before (yaegi kept it): an assignment
// outside loops, a declaration that assigns an earlier variable, a goto
// back, an if or switch header in a loop (moved into a block around the
// statement, also after else), a field or element on the left, a key with
// a call (read once); with the found result blank, the plain index.
package main

import "fmt"

type T struct {
	m  map[string]int
	ok bool
	v  int
}

func key(s string) string { fmt.Println("key", s); return s }

func main() {
	m := map[string]int{"a": 1}
	v := 5
	v, ok := m["missing"]
	fmt.Println(v, ok)
	s := "old"
	s, ok = map[string]string{}["q"]
	fmt.Printf("%q %v\n", s, ok)
	x := 7
	x, _ = m["zz"]
	fmt.Println(x)
	i := 0
again:
	w, found := m[[]string{"a", "b"}[i]]
	fmt.Println("goto", w, found)
	if i++; i < 2 {
		goto again
	}
	t := T{m: map[string]int{"a": 3}, v: 9}
	arr := [2]int{4, 4}
	for _, k := range []string{"a", "b"} {
		if k == "zz" {
		} else if v, ok := m[k]; ok {
			fmt.Println("else if", v)
		} else {
			fmt.Println("else", v, ok)
		}
		switch v, ok := m[k]; {
		default:
			fmt.Println("switch", v, ok)
		}
		t.v, t.ok = t.m[key(k)]
		arr[1], ok = m[k]
		fmt.Println("fields", t.v, t.ok, arr)
	}
}

// Output:
// 0 false
// "" false
// 0
// goto 1 true
// goto 0 false
// else if 1
// switch 1 true
// key a
// fields 3 true [4 1]
// else 0 false
// switch 0 false
// key b
// fields 0 false [4 0]
