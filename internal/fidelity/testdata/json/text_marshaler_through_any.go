package main

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
)

// Level is a log level that travels as text: "L2".
type Level int

func (l Level) MarshalText() ([]byte, error) {
	return []byte("L" + strconv.Itoa(int(l))), nil
}

func (l *Level) UnmarshalText(b []byte) error {
	n, err := strconv.Atoi(strings.TrimPrefix(string(b), "L"))
	if err != nil {
		return fmt.Errorf("bad level %q", b)
	}
	*l = Level(n)
	return nil
}

type Rule struct {
	Name  string `json:"name"`
	Level Level  `json:"level"`
}

// encode and decode are the small helpers everyone writes around json.
func encode(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		return "error: " + err.Error()
	}
	return string(b)
}

func decode(s string, v any) error {
	return json.Unmarshal([]byte(s), v)
}

func main() {
	fmt.Println(encode([]Level{1, 2}))
	fmt.Println(encode(map[Level]int{4: 1}))
	fmt.Println(encode(Rule{"disk", 3}))
	fmt.Println(encode([]Rule{{"cpu", 1}}))

	var payload any = []Level{5}
	b, _ := json.Marshal(payload)
	fmt.Println(string(b))

	var r Rule
	fmt.Println(decode(`{"name":"mem","level":"L7"}`, &r), r.Name, r.Level)
	var levels []Level
	fmt.Println(decode(`["L1","L9"]`, &levels), levels)
	fmt.Println(decode(`{"level":"high"}`, &r))
}
