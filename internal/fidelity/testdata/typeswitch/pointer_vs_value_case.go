package main

import "fmt"

type S struct{ n int }

func main() {
	for _, v := range []any{S{1}, &S{2}} {
		switch x := v.(type) {
		case S:
			fmt.Println("value", x.n)
		case *S:
			fmt.Println("pointer", x.n)
		}
	}
}
