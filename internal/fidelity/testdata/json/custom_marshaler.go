package main

import (
	"encoding/json"
	"fmt"
)

type Celsius float64

func (c Celsius) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf(`"%.1fC"`, float64(c))), nil
}

type Reading struct {
	Temp Celsius `json:"temp"`
}

func main() {
	b, err := json.Marshal(Reading{21.56})
	fmt.Println(string(b), err)
	b, _ = json.Marshal(Celsius(3))
	fmt.Println(string(b))
}
