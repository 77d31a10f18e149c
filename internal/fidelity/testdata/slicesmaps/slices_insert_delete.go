package main

import (
	"fmt"
	"slices"
)

func main() {
	s := []string{"a", "b", "e"}
	s = slices.Insert(s, 2, "c", "d")
	fmt.Println(s)
	s = slices.Delete(s, 0, 2)
	fmt.Println(s, len(s))
	s = slices.DeleteFunc(s, func(x string) bool { return x == "d" })
	fmt.Println(s)
}
