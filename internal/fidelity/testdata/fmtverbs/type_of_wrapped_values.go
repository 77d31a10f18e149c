package main

import (
	"fmt"
	"reflect"
)

type Level int

func (l Level) String() string { return "INFO" }

type Point struct{ X int }

func (p Point) String() string { return "P" }

func main() {
	items := []fmt.Stringer{Level(1), Point{2}}
	for _, it := range items {
		fmt.Printf("%T %v\n", it, reflect.TypeOf(it))
	}
}
