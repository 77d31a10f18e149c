package main

import (
	"encoding/json"
	"fmt"
)

type Level int

func (l Level) MarshalText() ([]byte, error) {
	names := []string{"debug", "info", "warn", "error"}
	return []byte(names[l]), nil
}

func encode(v any) {
	b, err := json.Marshal(v)
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Println(string(b))
}

func main() {
	levels := []Level{1, 3}
	encode(&levels)
	encode(&map[string]Level{"db": 2, "web": 0})
	encode(&struct {
		Name  string
		Level Level
	}{"api", 1})
	encode(map[string]any{"levels": &levels})
}
