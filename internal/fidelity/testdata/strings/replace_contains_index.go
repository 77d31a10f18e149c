package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "the quick brown fox"
	fmt.Println(strings.Contains(s, "quick"), strings.Index(s, "brown"), strings.LastIndex(s, "o"))
	fmt.Println(strings.Replace(s, "o", "0", 1), strings.ReplaceAll(s, "o", "0"))
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""))
	fmt.Println(strings.HasPrefix(s, "the"), strings.HasSuffix(s, "fox"))
}
