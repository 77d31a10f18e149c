package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Temp struct{ C float64 }

func (t *Temp) UnmarshalJSON(b []byte) error {
	type raw Temp
	var r raw
	if err := json.Unmarshal(b, &r); err != nil {
		return err
	}
	r.C = r.C * 10
	*t = Temp(r)
	return nil
}

func main() {
	var t Temp
	err := json.NewDecoder(strings.NewReader(`{"C": 1.5}`)).Decode(&t)
	fmt.Println(t, err)
}
