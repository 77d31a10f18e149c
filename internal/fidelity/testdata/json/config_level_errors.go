package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

type Level int

const (
	Debug Level = iota
	Info
	Warn
)

type Output struct {
	Path  string `json:"path"`
	Level Level  `json:"level"`
}

type Config struct {
	Name    string         `json:"name"`
	Level   Level          `json:"level"`
	Outputs []Output       `json:"outputs"`
	Limits  map[string]int `json:"limits"`
	Quiet   []Level        `json:"quiet"`
}

func load(text string) (Config, error) {
	var c Config
	err := json.Unmarshal([]byte(text), &c)
	return c, err
}

func main() {
	inputs := []string{
		`{"name":"api","level":1,"outputs":[{"path":"/tmp/a","level":2}]}`,
		`{"name":"api","level":"info"}`,
		`{"name":"api","outputs":[{"path":"/tmp/a","level":"warn"}]}`,
		`{"name":"api","limits":{"rps":"fast"}}`,
		`{"name":"api","quiet":[0,"x"]}`,
		`["api"]`,
	}
	for _, in := range inputs {
		c, err := load(in)
		if err == nil {
			fmt.Printf("ok: %+v\n", c)
			continue
		}
		fmt.Println("error:", err)
		var ute *json.UnmarshalTypeError
		if errors.As(err, &ute) {
			fmt.Printf("  field %q wants %s (%s), got %s\n", ute.Field, ute.Type, ute.Type.Kind(), ute.Value)
		}
	}

	var lvl Level
	fmt.Println(json.Unmarshal([]byte(`"warn"`), &lvl))
	dec := json.NewDecoder(strings.NewReader(`{"name":"x","level":true}`))
	var c Config
	fmt.Println(dec.Decode(&c))
	var p *Config
	fmt.Println(json.Unmarshal([]byte(`{}`), p))
}
