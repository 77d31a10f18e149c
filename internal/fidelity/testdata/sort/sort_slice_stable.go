package main

import (
	"fmt"
	"sort"
)

type rec struct {
	name  string
	score int
}

func main() {
	rs := []rec{{"a", 3}, {"b", 1}, {"c", 3}, {"d", 2}}
	sort.SliceStable(rs, func(i, j int) bool { return rs[i].score > rs[j].score })
	fmt.Println(rs)
}
