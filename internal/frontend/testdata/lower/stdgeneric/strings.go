// The iterator functions of strings and bytes, sync.OnceFunc, OnceValue
// and OnceValues.
package main

import (
	"bytes"
	"fmt"
	"strings"
	"sync"
	"unicode"
)

func main() {
	for l := range strings.Lines("one\ntwo\n\nthree") {
		fmt.Printf("%q ", l)
	}
	fmt.Println()
	for _, sep := range []string{",", "", ", "} {
		for part := range strings.SplitSeq("a,b, c", sep) {
			fmt.Printf("%q ", part)
		}
		for part := range strings.SplitAfterSeq("a,b, c", sep) {
			fmt.Printf("%q ", part)
		}
		fmt.Println()
	}
	for f := range strings.FieldsSeq("  the quick\tbrown\n fox\u00a0jumps ") {
		fmt.Printf("%q ", f)
	}
	for f := range strings.FieldsFuncSeq("a1b22c333", unicode.IsDigit) {
		fmt.Printf("%q ", f)
	}
	fmt.Println()
	for l := range bytes.Lines([]byte("x\ny")) {
		fmt.Printf("%q %d ", l, cap(l))
	}
	for part := range bytes.SplitSeq([]byte("1-2-3"), []byte("-")) {
		fmt.Printf("%s ", part)
	}
	for part := range bytes.SplitAfterSeq([]byte("1-2"), []byte("-")) {
		fmt.Printf("%s ", part)
	}
	for f := range bytes.FieldsSeq([]byte(" p  q ")) {
		fmt.Printf("%s ", f)
	}
	for f := range bytes.FieldsFuncSeq([]byte("p.q..r"), func(r rune) bool { return r == '.' }) {
		fmt.Printf("%s ", f)
	}
	fmt.Println()
	// Stopping early.
	for part := range strings.SplitSeq("a b c d", " ") {
		if part == "c" {
			break
		}
		fmt.Print(part)
	}
	fmt.Println()

	calls := 0
	once := sync.OnceFunc(func() { calls++ })
	once()
	once()
	fmt.Println("calls", calls)
	v := sync.OnceValue(func() int { calls++; return calls * 10 })
	fmt.Println(v(), v(), calls)
	vs := sync.OnceValues(func() (string, error) { calls++; return "ok", nil })
	s, err := vs()
	fmt.Println(s, err, calls)
	s, err = vs()
	fmt.Println(s, err, calls)
	p := sync.OnceFunc(func() { calls++; panic("once") })
	for range 2 {
		func() {
			defer func() { fmt.Println("recovered", recover(), calls) }()
			p()
		}()
	}
}

// Output:
// "one\n" "two\n" "\n" "three"
// "a" "b" " c" "a," "b," " c"
// "a" "," "b" "," " " "c" "a" "," "b" "," " " "c"
// "a,b" "c" "a,b, " "c"
// "the" "quick" "brown" "fox" "jumps" "a" "b" "c"
// "x\n" 2 "y" 1 1 2 3 1- 2 p q p q r
// ab
// calls 1
// 20 20 2
// ok <nil> 3
// ok <nil> 3
// recovered once 4
// recovered once 4
