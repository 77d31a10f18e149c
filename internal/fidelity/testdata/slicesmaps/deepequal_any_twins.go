package main

import (
	"fmt"
	"reflect"
)

// A config loaded as generic values, compared with the expected one.
type Port int

func main() {
	got := map[string]any{"host": "localhost", "port": Port(8080)}
	want := map[string]any{"host": "localhost", "port": 8080}
	fmt.Println(reflect.DeepEqual(got, want))
	fmt.Println(reflect.DeepEqual(got, map[string]any{"host": "localhost", "port": Port(8080)}))
}
