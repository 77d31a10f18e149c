package main

import "fmt"

func balanced(s string) (bool, int) {
	pairs := map[rune]rune{')': '(', ']': '[', '}': '{'}
	var stack []rune
	for i, c := range s {
		switch c {
		case '(', '[', '{':
			stack = append(stack, c)
		case ')', ']', '}':
			if len(stack) == 0 || stack[len(stack)-1] != pairs[c] {
				return false, i
			}
			stack = stack[:len(stack)-1]
		}
	}
	if len(stack) > 0 {
		return false, len(s)
	}
	return true, -1
}

func main() {
	for _, s := range []string{"()", "([]{})", "(]", "((", "a(b[c]{d}e)f", "}", "«(»)"} {
		ok, at := balanced(s)
		fmt.Printf("%-14q %-5v %d\n", s, ok, at)
	}
}
