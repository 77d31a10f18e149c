package main

import (
	"fmt"
	"sort"
	"strings"
)

func main() {
	fmt.Println("apple" < "banana", "Zebra" < "apple", strings.Compare("a", "b"))
	s := []string{"banana", "Apple", "cherry"}
	sort.Strings(s)
	fmt.Println(s)
	sort.Slice(s, func(i, j int) bool { return strings.ToLower(s[i]) < strings.ToLower(s[j]) })
	fmt.Println(s)
}
