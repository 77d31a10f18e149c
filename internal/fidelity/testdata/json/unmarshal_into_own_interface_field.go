package main

import (
	"encoding/json"
	"fmt"
)

type Shape interface{ Area() float64 }

type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }

type Holder struct {
	Shape Shape `json:"shape"`
}

func main() {
	var h Holder
	err := json.Unmarshal([]byte(`{"shape":{"S":2}}`), &h)
	fmt.Println(err)
	fmt.Println(h.Shape == nil)
	if h.Shape != nil {
		fmt.Println(h.Shape.Area())
	}
}
