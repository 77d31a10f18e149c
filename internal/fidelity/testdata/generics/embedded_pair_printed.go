package main

import (
	"encoding/json"
	"fmt"
	"reflect"
)

type Pair[A, B any] struct {
	First  A
	Second B
}

func (p Pair[A, B]) Swap() Pair[B, A] { return Pair[B, A]{p.Second, p.First} }

type Named struct {
	Pair[string, int]
	Name string
}

func main() {
	n := Named{Pair[string, int]{"a", 1}, "n"}
	fmt.Println(n.Pair.Swap(), n.First)
	fmt.Printf("%+v\n", n)
	fmt.Printf("%#v\n", n)
	fmt.Println(reflect.TypeOf(n).Field(0).Name)

	b, err := json.Marshal(n)
	fmt.Println(string(b), err)
	var m Named
	err = json.Unmarshal([]byte(`{"First":"x","Second":3,"Name":"m"}`), &m)
	fmt.Println(err, m.Pair.First, m.Second, m.Name)
}
