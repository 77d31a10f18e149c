package main

import (
	"encoding/json"
	"fmt"
)

type Login struct {
	User string `json:"user"`
	OK   bool   `json:"ok"`
}

type Purchase struct {
	User  string  `json:"user"`
	Total float64 `json:"total"`
}

type Envelope struct {
	Kind    string `json:"kind"`
	Payload any    `json:"payload"`
}

func main() {
	evs := []Envelope{
		{"login", Login{"ann", true}},
		{"purchase", Purchase{"bob", 9.5}},
		{"purchase", &Purchase{"cat", 0}},
		{"noop", nil},
	}
	b, err := json.Marshal(evs)
	fmt.Println(string(b), err)
	var back []Envelope
	if err := json.Unmarshal(b, &back); err != nil {
		fmt.Println(err)
	}
	for _, e := range back {
		fmt.Printf("%s %T %v\n", e.Kind, e.Payload, e.Payload)
	}
	var raw []struct {
		Kind    string          `json:"kind"`
		Payload json.RawMessage `json:"payload"`
	}
	json.Unmarshal(b, &raw)
	for _, r := range raw {
		switch r.Kind {
		case "login":
			var l Login
			json.Unmarshal(r.Payload, &l)
			fmt.Printf("%+v\n", l)
		case "purchase":
			var p Purchase
			json.Unmarshal(r.Payload, &p)
			fmt.Printf("%+v\n", p)
		}
	}
}
