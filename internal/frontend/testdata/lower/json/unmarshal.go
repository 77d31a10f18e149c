// json.Unmarshal into values that hold the program's types: UnmarshalJSON
// and UnmarshalText below the top, embedded structs (by value and by
// pointer), keys matched but for case, slices, arrays, maps and pointers of
// such types, type errors named as json names them, a method's error.
package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

type Level int

func (l *Level) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	switch s {
	case "low":
		*l = 1
	case "high":
		*l = 2
	default:
		return fmt.Errorf("bad level %q", s)
	}
	return nil
}

type Tag string

func (t *Tag) UnmarshalText(b []byte) error {
	*t = Tag(strings.ToUpper(string(b)))
	return nil
}

type Base struct {
	ID   int    `json:"id"`
	Name string `json:"name"`
}

type Audit struct {
	By string `json:"by"`
}

type Alert struct {
	Base
	*Audit
	Level  Level          `json:"level"`
	Tags   []Tag          `json:"tags"`
	ByTag  map[Tag]Level  `json:"by_tag"`
	Pair   [2]Level       `json:"pair"`
	Ptr    *Level         `json:"ptr"`
	Count  int            `json:"count"`
	Extra  map[string]any `json:"extra"`
	hidden int
}

func main() {
	var a Alert
	a.Count = 7
	err := json.Unmarshal([]byte(`{"ID":3,"NAME":"x","by":"ann","level":"high","tags":["a","b"],
		"by_tag":{"k":"low"},"pair":["low"],"ptr":"high","extra":{"n":1},"unknown":true}`), &a)
	fmt.Println(err, a.ID, a.Name, a.By, a.Level, a.Tags, a.ByTag, a.Pair, *a.Ptr, a.Count, a.Extra)
	err = json.Unmarshal([]byte(`{"count":"many","level":"low","id":"x"}`), &a)
	fmt.Println(err, a.Level, a.Count)
	var te *json.UnmarshalTypeError
	fmt.Println(errors.As(err, &te))
	fmt.Println(json.Unmarshal([]byte(`{"level":"mid","count":1}`), &a), a.Count)
	fmt.Println(json.Unmarshal([]byte(`{"level":`), &a))
	var ls []Level
	fmt.Println(json.Unmarshal([]byte(`["low","high"]`), &ls), ls)
	var pa *Alert
	fmt.Println(json.Unmarshal([]byte(`{"name":"p"}`), &pa), pa.Name, pa.Audit == nil)
	fmt.Println(json.Unmarshal([]byte(`[1]`), &a))
	var t Tag
	fmt.Println(json.Unmarshal([]byte(`5`), &t), json.Unmarshal([]byte(`"q"`), &t), t)
}

// Output:
// <nil> 3 x ann 2 [A B] map[K:1] [1 0] 2 7 map[n:1]
// json: cannot unmarshal string into Go struct field Alert.count of type int 1 7
// true
// bad level "mid" 7
// unexpected end of JSON input
// <nil> [1 2]
// <nil> p true
// json: cannot unmarshal array into Go value of type main.Alert
// json: cannot unmarshal number into Go value of type *main.Tag <nil> Q
