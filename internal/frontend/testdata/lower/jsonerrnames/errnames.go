// The errors of json.Unmarshal and Decoder.Decode into values of the
// program's types name the types and structs as Go does: a field of a
// named type, the elements of a slice, an array or a map, a pointer, a
// map's key and value of the same representation, a nested struct, the
// target itself, a nil pointer, a field with the ,string option, and the
// Type of the error through errors.As.
package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

type Level int

type Key int

type Point struct{ X, Y int }

type User struct {
	Name   string         `json:"name"`
	Level  Level          `json:"level"`
	Levels []Level        `json:"levels"`
	ByKey  map[Key]Level  `json:"by_key"`
	Max    *Level         `json:"max"`
	At     Point          `json:"at"`
	Path   [2]Point       `json:"path"`
	Tags   map[string]Key `json:"tags"`
}

type Limit struct {
	Max Level `json:"max,string"`
}

func main() {
	for _, in := range []string{
		`{"level":"high"}`,
		`{"levels":[1,"x"]}`,
		`{"by_key":{"a":1}}`,
		`{"by_key":{"1.5":1}}`,
		`{"by_key":{"1":1.5}}`,
		`{"max":true}`,
		`{"at":{"X":"1"}}`,
		`{"path":[{"Y":false}]}`,
		`{"tags":{"t":"x"}}`,
		`[1]`,
	} {
		var u User
		fmt.Println(json.Unmarshal([]byte(in), &u))
	}
	var lvl Level
	err := json.NewDecoder(strings.NewReader(`"high"`)).Decode(&lvl)
	fmt.Println(err)
	var ute *json.UnmarshalTypeError
	if errors.As(err, &ute) {
		fmt.Println(ute.Type, ute.Type.Name(), ute.Type.PkgPath(), ute.Type.Kind())
	}
	var ls []Level
	fmt.Println(json.Unmarshal([]byte(`["x"]`), &ls))
	var p *User
	fmt.Println(json.Unmarshal([]byte(`{}`), p))
	var lim Limit
	fmt.Println(json.Unmarshal([]byte(`{"max":"high"}`), &lim))
	fmt.Println(json.Unmarshal([]byte(`{"max":"7"}`), &lim), lim.Max)
}

// Output:
// json: cannot unmarshal string into Go struct field User.level of type main.Level
// json: cannot unmarshal string into Go struct field User.levels of type main.Level
// json: cannot unmarshal number a into Go struct field User.by_key of type main.Key
// json: cannot unmarshal number 1.5 into Go struct field User.by_key of type main.Key
// json: cannot unmarshal number 1.5 into Go struct field User.by_key of type main.Level
// json: cannot unmarshal bool into Go struct field User.max of type main.Level
// json: cannot unmarshal string into Go struct field Point.at.X of type int
// json: cannot unmarshal bool into Go struct field Point.path.Y of type int
// json: cannot unmarshal string into Go struct field User.tags of type main.Key
// json: cannot unmarshal array into Go value of type main.User
// json: cannot unmarshal string into Go value of type main.Level
// main.Level Level main int
// json: cannot unmarshal string into Go value of type main.Level
// json: Unmarshal(nil *main.User)
// json: invalid use of ,string struct tag, trying to unmarshal "high" into main.Level
// <nil> 7
