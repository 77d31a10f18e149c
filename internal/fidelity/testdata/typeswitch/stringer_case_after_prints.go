// A type switch with a fmt.Stringer case over an any holding a float type
// with a String method, after some prints of the program's other types.
package main

import (
	"errors"
	"fmt"
)

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Status uint8

const (
	Active Status = iota + 1
)

type User struct {
	St     Status
	Temp   Celsius
	Err    error
	Parent *User
}

type Grid [2][2]Status

type Money int64

type Ledger map[string]Money

func (l Ledger) Total() (t Money) {
	for _, v := range l {
		t += v
	}
	return
}

func main() {
	u := User{St: Active, Temp: 36.6, Err: errors.New("boom")}
	c := u
	fmt.Printf("%v\n%+v\n", c.Parent == &u, u)
	var g Grid
	l := Ledger{"rent": 120000}
	fmt.Println(l.Total(), l["food"], l)
	fmt.Printf("%T %T %T %T\n", 0, l, g, u.St)
	var v any = u.Temp
	switch t := v.(type) {
	case fmt.Stringer:
		fmt.Println("stringer", t)
	default:
		fmt.Println("other", t)
	}
	if s, ok := v.(fmt.Stringer); ok {
		fmt.Println(s.String())
	}
}
