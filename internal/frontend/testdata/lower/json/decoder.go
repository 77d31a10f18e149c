// (*json.Decoder).Decode into values that hold the program's types: an
// embedded struct (by value and by pointer) read from a stream of values,
// a type error, a value of another kind, null, a cut stream, a nil
// pointer, a slice with the rest of the stream left to read.
package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
)

type Base struct {
	ID   int    `json:"id"`
	Kind string `json:"kind"`
}

type Event struct {
	Base
	Name  string `json:"name"`
	Level Level  `json:"level"`
}

type Level int

type Audit struct {
	*Base
	By string
}

func main() {
	dec := json.NewDecoder(strings.NewReader(`{"id":1,"kind":"a","name":"start","level":2}
{"id":2,"kind":"b","name":"stop"}
{"id":"x","name":"bad"}
[1]
null
{"id":3`))
	for {
		var e Event
		err := dec.Decode(&e)
		if errors.Is(err, io.EOF) {
			break
		}
		fmt.Printf("%+v %v\n", e, err)
		if err != nil && !strings.Contains(err.Error(), "cannot unmarshal") {
			break
		}
	}
	var a Audit
	fmt.Println(json.NewDecoder(strings.NewReader(`{"id":7,"By":"me"}`)).Decode(&a), a.ID, a.By)
	var p *Event
	fmt.Println(json.NewDecoder(strings.NewReader(`{}`)).Decode(p))
	var es []Event
	d2 := json.NewDecoder(strings.NewReader(`[{"id":1},{"id":2,"level":"hi"}] trailing`))
	fmt.Println(d2.Decode(&es), len(es), d2.More())
}

// Output:
// {Base:{ID:1 Kind:a} Name:start Level:2} <nil>
// {Base:{ID:2 Kind:b} Name:stop Level:0} <nil>
// {Base:{ID:0 Kind:} Name:bad Level:0} json: cannot unmarshal string into Go struct field Event.Base.id of type int
// {Base:{ID:0 Kind:} Name: Level:0} json: cannot unmarshal array into Go value of type main.Event
// {Base:{ID:0 Kind:} Name: Level:0} <nil>
// {Base:{ID:0 Kind:} Name: Level:0} unexpected EOF
// <nil> 7 me
// json: Unmarshal(nil *main.Event)
// json: cannot unmarshal string into Go struct field Event.level of type main.Level 2 true
