package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Priority int

const (
	Low Priority = iota
	High
)

func (p Priority) MarshalText() ([]byte, error) {
	return []byte([...]string{"low", "high"}[p]), nil
}

func (p *Priority) UnmarshalText(b []byte) error {
	switch strings.ToLower(string(b)) {
	case "low":
		*p = Low
	case "high":
		*p = High
	default:
		return fmt.Errorf("unknown priority %q", b)
	}
	return nil
}

type Ticket struct {
	ID       int              `json:"id"`
	Priority Priority         `json:"priority"`
	Counts   map[Priority]int `json:"counts,omitempty"`
}

func main() {
	b, err := json.Marshal([]Ticket{{1, High, map[Priority]int{Low: 2, High: 1}}, {2, Low, nil}})
	fmt.Println(string(b), err)
	var ts []Ticket
	err = json.Unmarshal(b, &ts)
	fmt.Println(err, ts)
	fmt.Println(json.Unmarshal([]byte(`{"priority":"urgent"}`), &ts[0]))
}
