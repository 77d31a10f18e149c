package main

import (
	"encoding/json"
	"fmt"
)

type Item struct {
	ID    int               `json:"id"`
	Attrs map[string]string `json:"attrs,omitempty"`
}

type Order struct {
	Items []Item `json:"items"`
	Total float64
}

func main() {
	o := Order{Items: []Item{{1, map[string]string{"color": "red", "a": "b"}}, {2, nil}}, Total: 9.5}
	b, _ := json.MarshalIndent(o, "", "  ")
	fmt.Println(string(b))
}
