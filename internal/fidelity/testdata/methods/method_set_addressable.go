package main

import "fmt"

type T struct{ v int }

func (t *T) Set(v int) { t.v = v }

func main() {
	ts := []T{{1}, {2}}
	for i := range ts {
		ts[i].Set(i * 10)
	}
	fmt.Println(ts)
	m := map[string]*T{"a": {}}
	m["a"].Set(5)
	fmt.Println(m["a"].v)
}
