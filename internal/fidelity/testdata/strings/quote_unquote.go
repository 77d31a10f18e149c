package main

import (
	"fmt"
	"strconv"
)

func main() {
	q := strconv.Quote(`say "hi"` + "\t")
	fmt.Println(q)
	u, err := strconv.Unquote(q)
	fmt.Println(u, err)
	fmt.Println(strconv.QuoteRune('☺'), strconv.QuoteToASCII("日本"))
	fmt.Println(strconv.AppendInt([]byte("n="), 42, 10))
}
