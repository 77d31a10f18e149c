package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

func isPalindrome(s string) bool {
	var rs []rune
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			rs = append(rs, r)
		}
	}
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		if rs[i] != rs[j] {
			return false
		}
	}
	return true
}

func capitalize(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError {
		return s
	}
	return string(unicode.ToUpper(r)) + s[size:]
}

func main() {
	for _, s := range []string{"A man, a plan, a canal: Panama", "héh", "Ésé", "nope"} {
		fmt.Println(s, isPalindrome(s))
	}
	fmt.Println(capitalize("élan"), capitalize(""), capitalize("über"))
	s := "naïve 日本語!"
	fmt.Println(len(s), utf8.RuneCountInString(s), []rune(s)[6], string([]rune(s)[6:8]))
	counts := map[string]int{}
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Han, r):
			counts["han"]++
		case unicode.IsLetter(r):
			counts["latin"]++
		case unicode.IsPunct(r):
			counts["punct"]++
		case unicode.IsSpace(r):
			counts["space"]++
		}
	}
	fmt.Println(counts)
	b := []byte("abc")
	b = utf8.AppendRune(b, '€')
	fmt.Println(len(b), utf8.Valid(b), utf8.ValidString("\xff"), string(rune(65)))
}
