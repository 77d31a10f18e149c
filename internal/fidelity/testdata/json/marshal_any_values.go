package main

import (
	"encoding/json"
	"fmt"
)

type Priority int

func (p Priority) String() string { return [...]string{"low", "high"}[p] }

func (p Priority) MarshalText() ([]byte, error) { return []byte(p.String()), nil }

type Task struct {
	Title    string
	Priority Priority
	notes    string
}

type Envelope struct {
	Kind    string `json:"kind"`
	Payload any    `json:"payload"`
}

func main() {
	out, _ := json.Marshal(Envelope{"task", Task{"write", 1, "private"}})
	fmt.Println(string(out))
	out, _ = json.Marshal(map[string]any{"p": Priority(0), "tasks": []any{Task{"a", 0, ""}, Priority(1)}})
	fmt.Println(string(out))
	var v any = Priority(1)
	out, _ = json.Marshal(v)
	fmt.Println(string(out))
	out, _ = json.MarshalIndent([]any{1, Task{"b", 1, "x"}}, "", " ")
	fmt.Println(string(out))
}
