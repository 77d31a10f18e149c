package main

import (
	"encoding/json"
	"fmt"
)

type Celsius struct {
	value float64
	Unit  string
}

type Fahrenheit struct {
	value float64
	Unit  string
}

func main() {
	readings := []any{Celsius{21.5, "C"}, Fahrenheit{70.7, "F"}}
	fmt.Printf("%+v\n", readings)
	out, err := json.Marshal(readings)
	fmt.Println(string(out), err)
}
