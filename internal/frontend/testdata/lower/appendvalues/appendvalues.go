// The values of append(s, a, b) are all evaluated before any is stored,
// also when one reads an element the append overwrites.
package main

import "fmt"

type point struct{ x, y int }

func main() {
	s := make([]byte, 5, 6)
	copy(s, "12346")
	s = append(s[:len(s)-1], '5', s[len(s)-1])
	fmt.Println(string(s))

	ps := make([]point, 2, 4)
	ps[0], ps[1] = point{1, 1}, point{2, 2}
	p := &ps[1]
	ps = append(ps[:1], point{9, 9}, *p, ps[1])
	fmt.Println(ps)

	words := []string{"a", "b", "c"}
	words = append(words[:1], "x", words[1], words[2])
	fmt.Println(words)
}

// Output:
// 123456
// [{1 1} {9 9} {2 2} {2 2}]
// [a x b c]
