package main

import (
	"encoding/json"
	"fmt"
)

type Envelope struct {
	Kind string          `json:"kind"`
	Data json.RawMessage `json:"data"`
	Opt  *int            `json:"opt,omitempty"`
}

func main() {
	var e Envelope
	json.Unmarshal([]byte(`{"kind":"n","data":{"v":[1,2]}}`), &e)
	fmt.Println(e.Kind, string(e.Data), e.Opt == nil)
	n := 0
	e.Opt = &n
	b, _ := json.Marshal(e)
	fmt.Println(string(b))
}
