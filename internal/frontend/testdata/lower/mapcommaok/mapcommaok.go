// A comma-ok map index in a loop gives the zero value for a missing key
// (yaegi kept the previous iteration's value), in := and = forms, with a
// field for the map; a header's statement and a call as the key are left
// as they are.
package main

import "fmt"

type cache struct{ m map[string][]int }

func key(s string) string { return s }

func main() {
	m := map[string]string{"a": "x"}
	for _, k := range []string{"a", "b", "a", "c"} {
		v, ok := m[k]
		fmt.Printf("%q %v\n", v, ok)
	}
	c := cache{m: map[string][]int{"a": {1}}}
	var got []int
	var ok bool
	for i := 0; i < 2; i++ {
		got, ok = c.m[[]string{"a", "b"}[i]]
		fmt.Println(got, ok)
		for _, k := range []string{"a", "b"} {
			got, ok = c.m[k]
			fmt.Println(got, ok)
		}
	}
	for _, k := range []string{"a", "z"} {
		if v, ok := m[key(k)]; ok {
			fmt.Println("found", v)
		}
	}
}

// Output:
// "x" true
// "" false
// "x" true
// "" false
// [1] true
// [1] true
// [] false
// [] false
// [1] true
// [] false
// found x
