package main

import (
	"encoding/json"
	"fmt"
)

type H interface{ Handle() }

type X struct{}

func (X) Handle() {}

func pick() H { return nil }

func wrap(h H) any { return h }

func main() {
	v := wrap(pick())
	fmt.Println(v == nil)
	fmt.Printf("%v %T\n", v, v)
	b, _ := json.Marshal(v)
	fmt.Println(string(b))
	m := map[any]int{v: 1}
	fmt.Println(m[nil])
}
