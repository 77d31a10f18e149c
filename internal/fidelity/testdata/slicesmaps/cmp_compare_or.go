package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Item struct {
	Name  string
	Price int
}

func main() {
	items := []Item{{"b", 2}, {"a", 2}, {"c", 1}}
	slices.SortFunc(items, func(x, y Item) int {
		return cmp.Or(cmp.Compare(x.Price, y.Price), strings.Compare(x.Name, y.Name))
	})
	fmt.Println(items)
	fmt.Println(cmp.Or("", "default"), cmp.Or(0, 0, 3))
	fmt.Println(cmp.Less(1, 2), cmp.Compare("b", "a"))
}
