package main

import (
	"fmt"
	"sort"
)

type Player struct {
	Name   string
	Score  int
	Scores []int
}

func main() {
	players := map[string]Player{
		"ann": {Name: "ann"},
		"bob": {Name: "bob"},
	}
	p := players["ann"]
	p.Score += 10
	fmt.Println(players["ann"].Score, p.Score)
	players["ann"] = p
	fmt.Println(players["ann"].Score)

	byPtr := map[string]*Player{"cid": {Name: "cid"}}
	byPtr["cid"].Score = 7
	byPtr["cid"].Scores = append(byPtr["cid"].Scores, 1, 2)
	fmt.Println(*byPtr["cid"])

	groups := map[string][]string{}
	for _, w := range []string{"apple", "avocado", "banana", "blueberry", "cherry"} {
		k := w[:1]
		groups[k] = append(groups[k], w)
	}
	keys := make([]string, 0, len(groups))
	for k := range groups {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, groups[k], len(groups[k]))
	}

	counts := map[rune]int{}
	for _, r := range "hello world" {
		counts[r]++
	}
	fmt.Println(counts['l'], counts['o'], counts['z'], len(counts))

	// slice in struct in map shares backing array
	pl := players["bob"]
	pl.Scores = make([]int, 3, 10)
	players["bob"] = pl
	pl.Scores[0] = 99
	fmt.Println(players["bob"].Scores)

	nested := map[string]map[string]int{}
	add := func(a, b string, n int) {
		if nested[a] == nil {
			nested[a] = map[string]int{}
		}
		nested[a][b] += n
	}
	add("x", "y", 1)
	add("x", "y", 2)
	add("x", "z", 5)
	fmt.Println(nested)
	delete(nested["x"], "y")
	fmt.Println(nested, len(nested["missing"]))
}
