package main

import "fmt"

type Suit int

func (s Suit) String() string { return fmt.Sprintf("S%d", int(s)) }

type Card struct {
	S Suit
	N int
}

func main() {
	var x any = []Suit{1, 2}
	fmt.Println(x)
	var y any = map[string]Suit{"a": 1}
	fmt.Println(y)
	var z any = [2]Suit{3, 4}
	fmt.Println(z)
	var c any = []Card{{1, 2}}
	fmt.Println(c)
	var p any = &Card{1, 2}
	fmt.Println(p)
	m := map[string]any{"suits": []Suit{5}}
	fmt.Println(m)
}
