// A comma-ok map index in the header of a labeled switch: the block the
// fix needs goes before the label, which stays on the switch (break L).
package main

import "fmt"

func main() {
	m := map[string]int{"a": 1}
	for _, k := range []string{"a", "b"} {
	L:
		switch v, ok := m[k]; {
		case ok:
			fmt.Println("found", v)
			break L
		default:
			fmt.Println("missing", v)
		}
	}
}

// Output:
// found 1
// missing 0
