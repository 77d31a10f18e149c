package main

import (
	"fmt"
)

type Shape interface {
	Area() float64
}

type Box struct {
	Label string
	S     Shape
}

type Framed struct {
	Shape
}

func find(name string) Shape {
	return nil
}

func safe(what string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(what+":", r)
		}
	}()
	f()
}

func main() {
	safe("field", func() {
		var b Box
		fmt.Println(b.S.Area())
	})
	safe("slice element", func() {
		shapes := make([]Shape, 3)
		fmt.Println(shapes[0].Area())
	})
	safe("map value", func() {
		m := map[string]Shape{}
		fmt.Println(m["circle"].Area())
	})
	safe("call result", func() {
		fmt.Println(find("square").Area())
	})
	safe("embedded", func() {
		var f Framed
		fmt.Println(f.Area())
	})
}
