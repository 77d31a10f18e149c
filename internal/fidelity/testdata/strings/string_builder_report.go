package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

func box(lines []string) string {
	width := 0
	for _, l := range lines {
		width = max(width, utf8.RuneCountInString(l))
	}
	var b strings.Builder
	b.Grow(64)
	b.WriteString("+" + strings.Repeat("-", width+2) + "+\n")
	for _, l := range lines {
		pad := width - utf8.RuneCountInString(l)
		fmt.Fprintf(&b, "| %s%s |\n", l, strings.Repeat(" ", pad))
	}
	b.WriteString("+" + strings.Repeat("-", width+2) + "+")
	return b.String()
}

func main() {
	fmt.Println(box([]string{"hello", "wörld ☺", "go"}))
	var sb strings.Builder
	for i := 0; i < 5; i++ {
		if sb.Len() > 0 {
			sb.WriteString(", ")
		}
		sb.WriteRune('α' + rune(i))
		sb.WriteByte('0' + byte(i))
	}
	fmt.Println(sb.String(), sb.Len())
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	fmt.Println(r.Replace("a < b && c > d"))
	fmt.Println(strings.Title("x"), strings.ToTitle("go"), strings.EqualFold("Straße", "STRASSE"))
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'a' {
			return -1
		}
		return r + 1
	}, "banana"))
	fmt.Printf("%q\n", strings.SplitAfterN("a,b,c,d", ",", 3))
	fmt.Printf("%q\n", strings.FieldsFunc("a1b22c333", func(r rune) bool { return r >= '0' && r <= '9' }))
	before, after, found := strings.Cut("key=value=x", "=")
	fmt.Println(before, after, found)
}
