package main

import "fmt"

func f() (int, string) { return 1, "s" }

type H struct{ K string }

func g() (string, int) { return "new", 7 }

func main() {
	k := 0
	m := map[int]string{}
	k, m[k] = f()
	fmt.Println(k, m)
	h := H{K: "old"}
	counts := map[string]int{}
	h.K, counts[h.K] = g()
	fmt.Println(h.K, counts)
	a, b := map[string]int{}, map[string]int{}
	a["x"], b["y"] = 1, 2
	var ok bool
	src := map[string]int{"q": 9}
	key := "q"
	key, ok = "z", true
	a[key], ok = src["q"]
	fmt.Println(a, b, ok)
	s := "o"
	p := &s
	byName := map[string]int{}
	*p, byName[*p] = g2()
	fmt.Println(s, byName)
}

func g2() (string, int) { return "n", 8 }
