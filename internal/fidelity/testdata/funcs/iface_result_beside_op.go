// A function returning a value of an interface of the program's beside
// the value of an arithmetic expression, as a lexer's next(i) (Token,
// int) does.
package main

import "fmt"

type Token interface{ Kind() string }

type Num int

func (Num) Kind() string { return "num" }

type Op struct{ sym byte }

func (o Op) Kind() string { return "op " + string(o.sym) }

func next(src string, i int) (Token, int) {
	if c := src[i]; c >= '0' && c <= '9' {
		var t Token = Num(c - '0')
		return t, i + 1
	}
	return Op{src[i]}, i*1 + 1
}

func main() {
	src := "1+2"
	for i := 0; i < len(src); {
		var t Token
		t, i = next(src, i)
		fmt.Println(t.Kind(), t, i)
	}
}
