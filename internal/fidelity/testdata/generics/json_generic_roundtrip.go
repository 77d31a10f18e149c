package main

import (
	"encoding/json"
	"fmt"
)

type Level int

func (l Level) MarshalText() ([]byte, error) {
	switch l {
	case 0:
		return []byte("low"), nil
	case 1:
		return []byte("high"), nil
	}
	return nil, fmt.Errorf("bad level %d", int(l))
}

func (l *Level) UnmarshalText(b []byte) error {
	switch string(b) {
	case "low":
		*l = 0
	case "high":
		*l = 1
	default:
		return fmt.Errorf("bad level %q", b)
	}
	return nil
}

type Task struct {
	Name  string `json:"name"`
	Level Level  `json:"level"`
}

func Encode[T any](v T) (string, error) {
	b, err := json.Marshal(v)
	return string(b), err
}

func Decode[T any](s string) (T, error) {
	var v T
	err := json.Unmarshal([]byte(s), &v)
	return v, err
}

func EncodeAll[T any](vs []T) string {
	b, _ := json.Marshal(vs)
	return string(b)
}

func main() {
	s, err := Encode(Task{"deploy", 1})
	fmt.Println(s, err)
	t, err := Decode[Task](`{"name":"test","level":"low"}`)
	fmt.Printf("%+v %v\n", t, err)
	_, err = Decode[Task](`{"name":"x","level":"urgent"}`)
	fmt.Println(err)
	fmt.Println(EncodeAll([]Level{1, 0}))
	fmt.Println(EncodeAll([]Task{{"a", 0}}))
	m, _ := Encode(map[string]Level{"cpu": 1})
	fmt.Println(m)
	ls, err := Decode[[]Level](`["high","high","low"]`)
	fmt.Println(ls, err)
	n, _ := Encode(42)
	fmt.Println(n)
}
