// Values of the program's types held in interfaces, encoded by
// encoding/json: MarshalJSON and MarshalText below an any, a value of a
// type with methods, unexported fields left out.
package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Level int

func (l Level) String() string { return [...]string{"low", "high"}[l] }

func (l Level) MarshalText() ([]byte, error) { return []byte(strings.ToUpper(l.String())), nil }

type Money int64

func (m Money) MarshalJSON() ([]byte, error) { return []byte(fmt.Sprintf(`"$%d"`, m)), nil }

type Suit int

func (s Suit) String() string { return "suit" }

type Point struct {
	X, Y int
	name string
}

type Event struct {
	Name string
	Data any
}

func main() {
	b, err := json.Marshal(map[string]any{"level": Level(1), "price": Money(5), "suit": Suit(1), "p": Point{1, 2, "a"}})
	fmt.Println(string(b), err)
	b, err = json.Marshal([]any{Level(0), nil, []any{Money(2), "x"}, Event{"e", Point{3, 4, "b"}}})
	fmt.Println(string(b), err)
	var v any = Suit(0)
	b, err = json.Marshal(v)
	fmt.Println(string(b), err)
	var out strings.Builder
	json.NewEncoder(&out).Encode(Event{"boot", map[string]any{"lvl": Level(1)}})
	fmt.Print(out.String())
}

// Output:
// {"level":"HIGH","p":{"X":1,"Y":2},"price":"$5","suit":1} <nil>
// ["LOW",null,["$2","x"],{"Name":"e","Data":{"X":3,"Y":4}}] <nil>
// 0 <nil>
// {"Name":"boot","Data":{"lvl":"HIGH"}}
