package main

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"
)

type Level int

const (
	Debug Level = iota
	Info
	Warn
)

var levelNames = []string{"debug", "info", "warn"}

func (l Level) MarshalText() ([]byte, error) { return []byte(levelNames[l]), nil }

func (l *Level) UnmarshalText(b []byte) error {
	for i, n := range levelNames {
		if n == strings.ToLower(string(b)) {
			*l = Level(i)
			return nil
		}
	}
	return fmt.Errorf("unknown level %q", b)
}

type Millis time.Duration

func (m Millis) MarshalJSON() ([]byte, error) {
	return json.Marshal(time.Duration(m).Milliseconds())
}

func (m *Millis) UnmarshalJSON(b []byte) error {
	var n int64
	if err := json.Unmarshal(b, &n); err != nil {
		return err
	}
	*m = Millis(time.Duration(n) * time.Millisecond)
	return nil
}

type Entry struct {
	Msg     string           `json:"msg"`
	Level   Level            `json:"level"`
	Took    Millis           `json:"took_ms"`
	Fields  map[string]Level `json:"fields,omitempty"`
	Parent  *Entry           `json:"parent,omitempty"`
	Created time.Time        `json:"created"`
}

func main() {
	e := Entry{
		Msg: "start", Level: Warn, Took: Millis(1500 * time.Millisecond),
		Fields:  map[string]Level{"db": Info},
		Parent:  &Entry{Msg: "boot", Level: Debug},
		Created: time.Date(2024, 5, 6, 7, 8, 9, 0, time.UTC),
	}
	b, err := json.Marshal(e)
	fmt.Println(string(b), err)

	var back Entry
	err = json.Unmarshal(b, &back)
	fmt.Println(err, back.Msg, back.Level, int(back.Level), time.Duration(back.Took), back.Fields, back.Parent.Msg, back.Created.Year())

	err = json.Unmarshal([]byte(`{"msg":"x","level":"loud"}`), &back)
	fmt.Println(err)

	levels := []Level{Info, Warn}
	b, _ = json.Marshal(levels)
	fmt.Println(string(b))
	var ls []Level
	json.Unmarshal([]byte(`["WARN","debug"]`), &ls)
	fmt.Println(ls)

	out, _ := json.MarshalIndent(map[Level]int{Info: 1, Warn: 2}, "", " ")
	fmt.Println(string(out))
}
