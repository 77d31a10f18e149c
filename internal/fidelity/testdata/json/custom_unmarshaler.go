package main

import (
	"encoding/json"
	"fmt"
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

type Alert struct {
	Level Level `json:"level"`
}

func main() {
	var a Alert
	fmt.Println(json.Unmarshal([]byte(`{"level":"high"}`), &a), a.Level)
	fmt.Println(json.Unmarshal([]byte(`{"level":"mid"}`), &a))
}
