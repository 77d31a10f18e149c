package main

import (
	"encoding/json"
	"fmt"
	"os"
)

type Temp int

func (t Temp) MarshalJSON() ([]byte, error) { return []byte(fmt.Sprintf("\"%dC\"", int(t))), nil }

type Reading struct {
	Where string
	Temps []Temp
}

// A deferred Encode reads the map, the slice and the pointer when it runs.
func main() {
	enc := json.NewEncoder(os.Stdout)
	m := map[string]Temp{}
	defer enc.Encode(m)
	s := []Temp{1}
	defer enc.Encode(s)
	r := &Reading{Where: "hall"}
	defer enc.Encode(r)
	m["a"] = 3
	s[0] = 4
	r.Temps = append(r.Temps, 20, 21)
	r = nil // the deferred call holds the pointer itself
}
