package main

import (
	"encoding/json"
	"fmt"
	"time"
)

// Money is unset when negative: its zero value (0 cents) is a real price.
type Money struct{ Cents int64 }

func (m Money) IsZero() bool { return m.Cents < 0 }

// Opt is unset at -1.
type Opt int

func (o *Opt) IsZero() bool { return *o == -1 }

type Order struct {
	ID     int        `json:"id"`
	Price  Money      `json:"price,omitzero"`
	Limit  Opt        `json:"limit,omitzero"`
	Tags   []string   `json:"tags,omitzero"`
	When   time.Time  `json:"when,omitzero"`
	Ref    *Money     `json:"ref,omitzero"`
	Ratio  float64    `json:"ratio,omitzero"`
	Dims   [2]int     `json:"dims,omitzero"`
	Extra  any        `json:"extra,omitzero"`
	note   string     // unexported: not encoded
	Parent *OrderLink `json:"parent,omitempty"`
}

type OrderLink struct{ ID int }

func main() {
	orders := []Order{
		{ID: 1, Price: Money{-1}, Limit: -1},
		{ID: 2, Price: Money{0}, Limit: 0, Tags: []string{}, note: "x"},
		{ID: 3, Price: Money{250}, Limit: 5, Tags: []string{"a"}, When: time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC), Ref: &Money{-1}, Ratio: 0.5, Dims: [2]int{0, 1}, Extra: 0, Parent: &OrderLink{1}},
	}
	for _, o := range orders {
		b, err := json.Marshal(o)
		fmt.Println(string(b), err)
	}
}
