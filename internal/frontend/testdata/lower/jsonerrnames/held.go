// json.Unmarshal into a pointer passed as an any: the error of a value
// that does not fit names the program's types and structs as Go does,
// the pointer told by its type (no other pointer of its representation
// is passed so).
package main

import (
	"encoding/json"
	"fmt"
)

type Level int

type User struct {
	Name  string  `json:"name"`
	Level Level   `json:"level"`
	Tags  []Level `json:"tags"`
}

func load(s string, v any) error { return json.Unmarshal([]byte(s), v) }

func main() {
	var u User
	fmt.Println(load(`{"name":"a","level":"high"}`, &u))
	fmt.Println(load(`{"tags":[1,"x"]}`, &u))
	var l Level
	fmt.Println(load(`"x"`, &l))
	var ls []Level
	fmt.Println(load(`[true]`, &ls))
	var s string
	fmt.Println(load(`1`, &s))
	fmt.Println(load(`{"name":"b","level":2}`, &u), u.Name, u.Level)
}

// Output:
// json: cannot unmarshal string into Go struct field User.level of type main.Level
// json: cannot unmarshal string into Go struct field User.tags of type main.Level
// json: cannot unmarshal string into Go value of type main.Level
// json: cannot unmarshal bool into Go value of type main.Level
// json: cannot unmarshal number into Go value of type string
// <nil> b 2
