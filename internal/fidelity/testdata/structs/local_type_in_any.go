package main

import "fmt"

type entry struct {
	key   string
	value int
}

func main() {
	type pair struct {
		left, right int
	}
	items := []any{pair{1, 2}, entry{"a", 1}, "x"}
	for _, it := range items {
		fmt.Printf("%T %v %+v\n", it, it, it)
	}
	byName := map[string]any{"p": pair{3, 4}}
	fmt.Printf("%+v %#v\n", byName, byName["p"])
}
