package main

import (
	"fmt"
	"time"
)

type Shape interface {
	fmt.Stringer
	Area() float64
}

type Sq struct {
	d    time.Duration
	side float64
}

func (s *Sq) String() string { return "square" }
func (s *Sq) Area() float64  { return s.side * s.side }

func show(s fmt.Stringer) string { return s.String() }

func main() {
	var s Shape = &Sq{time.Second, 2}
	fmt.Println(show(s))
}
