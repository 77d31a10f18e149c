package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	s := "aé"
	for i := 0; i < len(s); i++ {
		fmt.Printf("%d:%x ", i, s[i])
	}
	fmt.Println()
	for i, r := range s {
		fmt.Printf("%d:%c ", i, r)
	}
	fmt.Println()
	fmt.Println(utf8.ValidString(s), utf8.RuneLen('é'))
}
