// Ranges over strings with bytes that are not valid UTF-8: the offsets
// step one byte past each; key only, key and value, assigned, with
// continue and a label; a range of runes only is left alone.
package main

import "fmt"

func main() {
	s := "a\xca\xfe\u0123z"
	for i, c := range s {
		fmt.Print(i, ":", c, " ")
	}
	fmt.Println()
	var offs []int
	for i := range s {
		offs = append(offs, i)
	}
	var i int
	var c rune
	for i, c = range s {
	}
	fmt.Println(offs, i, c)
outer:
	for i, c := range s {
		if c == 0xfffd {
			continue
		}
		for j := range "xy" {
			if i == 6 && j == 1 {
				break outer
			}
		}
		fmt.Print(i, " ")
	}
	for _, c := range s {
		fmt.Print(c, " ")
	}
	fmt.Println()
}

// Output:
// 0:97 1:65533 2:65533 3:291 5:122
// [0 1 2 3 5] 5 122
// 0 3 5 97 65533 65533 291 122
