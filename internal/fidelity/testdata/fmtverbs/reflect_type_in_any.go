package main

import (
	"fmt"
	"reflect"
)

type Point struct{ X, Y int }

type Suit int

func (s Suit) String() string { return [...]string{"spades", "hearts"}[s] }

type Shape interface{ Area() float64 }

type Square struct{ Side float64 }

func (s Square) Area() float64 { return s.Side * s.Side }

func main() {
	types := []any{reflect.TypeOf(Point{}), reflect.TypeOf(&Point{}), reflect.TypeOf([]Point{})}
	fmt.Println(types)
	fmt.Printf("%v\n", types)
	fmt.Printf("%s\n", types[0])
	var t any = reflect.TypeOf(Square{})
	fmt.Println(t, Suit(1))
	registry := map[string]any{"point": reflect.TypeOf(Point{}), "suit": Suit(0), "n": 3}
	fmt.Println(registry)
	row := [2]any{reflect.TypeOf(map[string]Point{}), "x"}
	fmt.Println(row)
	fmt.Println([]any{[]any{reflect.TypeOf(Point{})}})
	fmt.Println([][]any{{reflect.TypeOf(Point{})}}, map[string][]any{"a": {reflect.TypeOf(Point{})}})
	fmt.Printf("%v and %v\n", t, reflect.TypeOf(Point{}).Kind())
}
