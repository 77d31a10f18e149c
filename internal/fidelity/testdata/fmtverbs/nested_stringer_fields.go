package main

import (
	"fmt"
	"strings"
)

type Money int64

func (m Money) String() string { return fmt.Sprintf("$%d.%02d", m/100, m%100) }

type Line struct {
	Desc  string
	Price Money
	Qty   int
}

type Invoice struct {
	No    int
	Lines []Line
	Notes map[string]Money
	Extra any
}

func (inv Invoice) Total() Money {
	var t Money
	for _, l := range inv.Lines {
		t += l.Price * Money(l.Qty)
	}
	return t
}

func main() {
	inv := Invoice{
		No:    17,
		Lines: []Line{{"widget", 250, 2}, {"gadget", 1999, 1}},
		Notes: map[string]Money{"discount": 100},
		Extra: Money(5),
	}
	fmt.Println(inv)
	fmt.Printf("%+v\n", inv.Lines)
	fmt.Println("total:", inv.Total(), inv.Notes, inv.Extra)
	var sb strings.Builder
	for _, l := range inv.Lines {
		fmt.Fprintf(&sb, "%-8s %8v x%d\n", l.Desc, l.Price, l.Qty)
	}
	fmt.Print(sb.String())
	arr := [3]Money{1, 20, 300}
	fmt.Println(arr, arr[1:])
	fmt.Printf("%s|%d|%v\n", arr[2], arr[2], &inv.Lines[0])
}
