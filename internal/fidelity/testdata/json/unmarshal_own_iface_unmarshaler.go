package main

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
)

type Valuer interface{ Value() float64 }

type Temp float64

func (t *Temp) UnmarshalJSON(b []byte) error {
	f, err := strconv.ParseFloat(strings.TrimSuffix(strings.Trim(string(b), `"`), "C"), 64)
	*t = Temp(f)
	return err
}
func (t *Temp) Value() float64 { return float64(*t) }

type Reading struct{ V float64 }

func (r *Reading) UnmarshalJSON(b []byte) error {
	r.V = float64(len(b))
	return nil
}
func (r *Reading) Value() float64 { return r.V }

func main() {
	var t Temp
	var v Valuer = &t
	err := json.Unmarshal([]byte(`"21.5C"`), &v)
	fmt.Println(err, t)
	var v2 Valuer = &Reading{}
	err = json.Unmarshal([]byte(`"abcd"`), &v2)
	fmt.Println(err, v2.Value())
}
