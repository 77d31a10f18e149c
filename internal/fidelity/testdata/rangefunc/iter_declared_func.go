package main

import "fmt"

func seq(yield func(int) bool) {
	for i := range 3 {
		if !yield(i) {
			return
		}
	}
}

func pairs(yield func(string, int) bool) {
	_ = yield("a", 1) && yield("b", 2)
}

type Deck struct{ cards []string }

func (d Deck) All(yield func(string) bool) {
	for _, c := range d.cards {
		if !yield(c) {
			return
		}
	}
}

func main() {
	for v := range seq {
		fmt.Println("seq", v)
	}
	for k, v := range pairs {
		fmt.Println(k, v)
	}
	d := Deck{[]string{"A", "K", "Q"}}
	for c := range d.All {
		if c == "Q" {
			break
		}
		fmt.Println(c)
	}
}
