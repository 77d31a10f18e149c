package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Level int

const (
	Debug Level = iota
	Info
	Warn
)

func (l Level) MarshalText() ([]byte, error) {
	return []byte(strings.ToLower([]string{"DEBUG", "INFO", "WARN"}[l])), nil
}

func (l *Level) UnmarshalText(b []byte) error {
	switch string(b) {
	case "debug":
		*l = Debug
	case "info":
		*l = Info
	case "warn":
		*l = Warn
	default:
		return fmt.Errorf("bad level %q", b)
	}
	return nil
}

type Entry struct {
	Msg    string            `json:"msg"`
	Level  Level             `json:"level"`
	Fields map[string]string `json:"fields,omitempty"`
}

func main() {
	entries := []Entry{{"start", Info, nil}, {"disk low", Warn, map[string]string{"disk": "/"}}}
	b, _ := json.Marshal(entries)
	fmt.Println(string(b))
	var back []Entry
	fmt.Println(json.Unmarshal(b, &back), len(back), back[1].Level == Warn, back[1].Fields["disk"])
	byLevel := map[Level]int{Info: 2, Warn: 1}
	b, _ = json.Marshal(byLevel)
	fmt.Println(string(b))
	var bad Entry
	err := json.Unmarshal([]byte(`{"msg":"x","level":"fatal"}`), &bad)
	fmt.Println(err, bad.Msg)
}
