package main

import (
	"encoding/json"
	"errors"
	"fmt"
)

type Cfg struct {
	Port int
	Name string
}

// A *json.UnmarshalTypeError (which holds a reflect.Type) printed by its
// Error method, beside a struct type of the program's.
func main() {
	var c Cfg
	err := json.Unmarshal([]byte(`{"Port":"x"}`), &c)
	var ute *json.UnmarshalTypeError
	if errors.As(err, &ute) {
		fmt.Println("type error:", ute)
		fmt.Printf("%v | %s | field %s\n", ute, ute, ute.Field)
	}
}
