package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func isPalindrome(s string) bool {
	var clean []rune
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			clean = append(clean, r)
		}
	}
	for i := 0; i < len(clean)/2; i++ {
		if clean[i] != clean[len(clean)-1-i] {
			return false
		}
	}
	return true
}

func caesar(s string, k int) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+rune(k)+26)%26
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+rune(k)+26)%26
		}
		return r
	}, s)
}

func main() {
	s := "héllo, wörld 🌍"
	fmt.Println(len(s), utf8.RuneCountInString(s), reverse(s))
	for i, r := range "aé🌍" {
		fmt.Printf("%d:%c(%U,%d bytes) ", i, r, r, utf8.RuneLen(r))
	}
	fmt.Println()
	fmt.Println(s[1], s[1:3], string(s[1]), []byte(s[:3]))
	fmt.Println(isPalindrome("A man, a plan, a canal: Panama"), isPalindrome("hello"))
	enc := caesar("Hello, World!", 3)
	fmt.Println(enc, caesar(enc, -3))
	fmt.Println(strings.Fields("  a  b\tc\n"), len(strings.Split("a,b,,c", ",")))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.Count("cheese", "e"), strings.LastIndex("go gopher", "go"))
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;")
	fmt.Println(r.Replace("<b>bold</b>"))
	fmt.Println(strings.TrimFunc("¡¡Hola!!", unicode.IsPunct), strings.TrimLeft("xxabcxx", "x"), strings.TrimSuffix("file.go", ".go"))
	before, after, found := strings.Cut("key=value=x", "=")
	fmt.Println(before, after, found)
	fmt.Printf("%q\n", strings.SplitN("a b c d", " ", 2))
	b := []byte("abc")
	b = append(b, "déf"...)
	fmt.Println(string(b), len(b), utf8.Valid(b), utf8.ValidString("\xff"))
	var sb strings.Builder
	for i, w := range strings.Fields("the quick brown fox") {
		if i > 0 {
			sb.WriteByte(' ')
		}
		sb.WriteString(strings.ToUpper(w[:1]) + w[1:])
	}
	fmt.Println(sb.String())
	fmt.Println(strings.ContainsAny("hello", "xyz"), strings.ContainsRune("hello", 'l'), strings.IndexFunc("abc1", unicode.IsDigit))
	x := "\xffa"
	for i, r := range x {
		fmt.Print(i, " ", r == utf8.RuneError, " ")
	}
	fmt.Println()
}
