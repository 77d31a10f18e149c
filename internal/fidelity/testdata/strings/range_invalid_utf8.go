package main

import "fmt"

// badBytes reports the offsets of the bytes of s that are not UTF-8.
func badBytes(s string) []int {
	var bad []int
	for i, r := range s {
		if r == '\uFFFD' {
			bad = append(bad, i)
		}
	}
	return bad
}

func main() {
	data := "ok\xff\xfemore\xc3"
	fmt.Println(badBytes(data), len(data))
	fmt.Println(badBytes("héllo"))
}
