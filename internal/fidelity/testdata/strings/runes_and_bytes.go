package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	s := "héllo, 世界"
	fmt.Println(len(s), utf8.RuneCountInString(s))
	r := []rune(s)
	fmt.Println(len(r), string(r[1]), string(r[7:]))
	b := []byte("abc")
	b[0] = 'X'
	fmt.Println(string(b), s[1], s[:2])
}
