package main

import (
	"encoding/json"
	"fmt"
)

type Shape interface{ Area() float64 }

type Circ struct{ R float64 }

func (c *Circ) Area() float64 { return 3 * c.R * c.R }

type Holder struct {
	Shape Shape `json:"shape"`
}

func main() {
	c := &Circ{}
	h := Holder{Shape: c}
	err := json.Unmarshal([]byte(`{"shape":{"R":2}}`), &h)
	fmt.Println(err, c.R, h.Shape.Area())
}
