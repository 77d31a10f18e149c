package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	fmt.Printf("%q\n", strings.Split("a,b,,c", ","))
	fmt.Printf("%q\n", strings.SplitN("a=b=c", "=", 2))
	fmt.Printf("%q\n", strings.Fields("  hello   world  "))
	fmt.Printf("%q\n", strings.TrimSpace("\t hi \n"))
	fmt.Printf("%q %q\n", strings.Trim("xxhixx", "x"), strings.TrimPrefix("prefix-body", "prefix-"))
	fmt.Printf("%q\n", strings.TrimFunc("123abc456", unicode.IsDigit))
}
