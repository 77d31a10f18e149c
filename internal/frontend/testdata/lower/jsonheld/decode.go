// json.Unmarshal into a pointer passed as an any: the pointer is told
// by the name the interpreter gives its type, or held bare by its
// representation, and decoded with the program's UnmarshalText.
package main

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
)

type Level int

func (l *Level) UnmarshalText(b []byte) error {
	n, err := strconv.Atoi(strings.TrimPrefix(string(b), "L"))
	*l = Level(n)
	return err
}

type Rec struct {
	Name string
	Lvl  Level `json:"lvl"`
}

func load(s string, v any) error { return json.Unmarshal([]byte(s), v) }

func main() {
	var r Rec
	fmt.Println(load(`{"Name":"x","lvl":"L9"}`, &r), r)
	var l Level
	fmt.Println(load(`"L4"`, &l), l)
	var ls []Level
	fmt.Println(load(`["L1","L2"]`, &ls), ls)
	var m map[string]any
	fmt.Println(load(`{"a":1}`, &m), m)
	fmt.Println(load(`{"lvl":3}`, &r), r)
}

// Output:
// <nil> {x 9}
// <nil> 4
// <nil> [1 2]
// <nil> map[a:1]
// json: cannot unmarshal number into Go struct field Rec.lvl of type main.Level {x 9}
