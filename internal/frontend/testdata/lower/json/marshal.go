// Values that hold the program's types, encoded by encoding/json: tags,
// omitempty and ,string, embedded structs (by value and by pointer, with
// conflicts), unexported fields, MarshalJSON and MarshalText below the top
// and on pointers, TextMarshaler map keys, errors of the methods.
package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

type Celsius float64

func (c Celsius) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf(`{"c": %.1f}`, float64(c))), nil
}

type Color int

func (c Color) MarshalText() ([]byte, error) { return []byte([]string{"red", "green"}[c]), nil }

type Base struct {
	ID   int    `json:"id"`
	Note string `json:"note,omitempty"`
	Name string
}

type Meta struct {
	Name  string
	Owner string `json:"owner"`
}

type Item struct {
	Base
	*Meta
	Title  string           `json:"title"`
	Temp   Celsius          `json:"temp,omitempty"`
	Colors map[Color]int    `json:"colors"`
	Tags   []string         `json:"tags,omitempty"`
	Count  int              `json:"count,string"`
	Extra  map[string]any   `json:"extra,omitempty"`
	Ptrs   []*Celsius       `json:"ptrs"`
	ByName map[string]Color `json:"by_name"`
	secret string
	Skip   bool `json:"-"`
}

type Broken struct{}

func (Broken) MarshalJSON() ([]byte, error) { return nil, errors.New("no way") }

type Html struct{ S string }

func main() {
	c := Celsius(3)
	it := Item{
		Base:   Base{ID: 1, Name: "base"},
		Title:  "<t&>",
		Colors: map[Color]int{1: 2, 0: 5},
		Count:  42,
		Ptrs:   []*Celsius{&c, nil},
		ByName: map[string]Color{"b": 1, "a": 0},
		secret: "s",
	}
	b, err := json.Marshal(it)
	fmt.Println(string(b), err)
	it.Meta = &Meta{"meta", "ann"}
	it.Temp = 21.5
	b, _ = json.MarshalIndent([]Item{it}, "", "  ")
	fmt.Println(string(b))
	var out strings.Builder
	enc := json.NewEncoder(&out)
	enc.SetEscapeHTML(false)
	enc.Encode(map[string]Html{"h": {"<b>"}})
	enc.Encode(Item{Title: "<x>"})
	fmt.Print(out.String())
	_, err = json.Marshal([]Broken{{}})
	fmt.Println(err)
	var me *json.MarshalerError
	fmt.Println(errors.As(err, &me), strings.Contains(fmt.Sprint(err), "no way"))
}

// Output:
// {"id":1,"title":"\u003ct\u0026\u003e","colors":{"green":2,"red":5},"count":"42","ptrs":[{"c":3.0},null],"by_name":{"a":"red","b":"green"}} <nil>
// [
//   {
//     "id": 1,
//     "owner": "ann",
//     "title": "\u003ct\u0026\u003e",
//     "temp": {
//       "c": 21.5
//     },
//     "colors": {
//       "green": 2,
//       "red": 5
//     },
//     "count": "42",
//     "ptrs": [
//       {
//         "c": 3.0
//       },
//       null
//     ],
//     "by_name": {
//       "a": "red",
//       "b": "green"
//     }
//   }
// ]
// {"h":{"S":"<b>"}}
// {"id":0,"title":"<x>","colors":null,"count":"0","ptrs":null,"by_name":null}
// json: error calling MarshalJSON for type main.Broken: no way
// true true
