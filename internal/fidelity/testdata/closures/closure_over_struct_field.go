package main

import "fmt"

type Btn struct {
	label   string
	onClick func()
}

func main() {
	var btns []*Btn
	for _, l := range []string{"ok", "cancel"} {
		b := &Btn{label: l}
		b.onClick = func() { fmt.Println("clicked", b.label) }
		btns = append(btns, b)
	}
	for _, b := range btns {
		b.onClick()
	}
}
