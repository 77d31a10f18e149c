package main

import "fmt"

type Money struct{ Cents int }

func (m Money) String() string { return fmt.Sprintf("$%d.%02d", m.Cents/100, m.Cents%100) }

type Wallet struct{ cents []int }

func (w Wallet) Total() Money {
	t := 0
	for _, c := range w.cents {
		t += c
	}
	return Money{t}
}

func describe(v any) string { return fmt.Sprintf("<%v>", v) }

func main() {
	w := &Wallet{cents: []int{150, 275}}
	fmt.Println([]any{w.Total(), w.Total()})
	fmt.Println(w.Total(), describe(w.Total()))
	var a, b any = w.Total(), w.Total()
	fmt.Println(a, b)
}
