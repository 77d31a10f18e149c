package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type Table struct {
	Name    string
	Entries []Pair[string, int]
}

// Decoding into instances of a generic struct type of two type
// parameters, directly, through a pointer in an any, and nested.
func main() {
	var p Pair[int, string]
	err := json.Unmarshal([]byte(`{"Key":4,"Val":"four"}`), &p)
	fmt.Println(p, err)

	var q Pair[string, float64]
	var target any = &q
	err = json.Unmarshal([]byte(`{"Key":"pi","Val":3.14}`), target)
	fmt.Println(q, err)

	var t Table
	dec := json.NewDecoder(strings.NewReader(`{"Name":"t","Entries":[{"Key":"a","Val":1},{"Key":"b","Val":2}]}`))
	err = dec.Decode(&t)
	fmt.Printf("%+v %v\n", t, err)

	err = json.Unmarshal([]byte(`{"Key":"x"}`), &p)
	fmt.Println(p, err)
}
