package main

import (
	"encoding/json"
	"fmt"
	"time"
)

type Valuer interface{ Value() float64 }

type Level int

func (l *Level) UnmarshalJSON(b []byte) error { *l = Level(len(b) * 100); return nil }

type Ev struct {
	At  time.Time
	Lvl Level
	Sub *Ev
}

func (e *Ev) Value() float64 { return float64(e.Lvl) }

type Holder struct {
	V  Valuer
	Vs []Valuer
}

func main() {
	var v Valuer = &Ev{}
	err := json.Unmarshal([]byte(`{"At":"2024-01-02T03:04:05Z","Lvl":"abc","Sub":{"Lvl":1}}`), &v)
	e := v.(*Ev)
	fmt.Println(err, e.At.Year(), e.Lvl, e.Sub.Lvl, v.Value())
	h := Holder{V: &Ev{}, Vs: []Valuer{&Ev{}}}
	err = json.Unmarshal([]byte(`{"V":{"Lvl":"x"},"Vs":[{"Lvl":"yy"}]}`), &h)
	fmt.Println(err, h.V.Value(), h.Vs[0].Value())
}
