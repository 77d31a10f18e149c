// A struct type declared inside a function, returned as any and printed
// where its name is out of scope.
package main

import "fmt"

func best(scores map[string]int) any {
	type result struct {
		name  string
		score int
	}
	var r result
	for name, score := range scores {
		if score > r.score || score == r.score && name < r.name {
			r = result{name, score}
		}
	}
	return &r
}

func main() {
	r := best(map[string]int{"ann": 7, "bob": 9, "cid": 9})
	fmt.Printf("%v\n%+v\n%#v\n%T\n", r, r, r, r)
}
