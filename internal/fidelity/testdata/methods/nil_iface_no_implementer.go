// A nil value of an interface nothing in the program implements, printed
// and encoded.
package main

import (
	"encoding/json"
	"fmt"
)

type Logger interface{ Log(string) }

type Config struct {
	Name   string
	Logger Logger
}

func pick() Logger { return nil }

func main() {
	var l Logger
	fmt.Println(l)
	fmt.Printf("%v %+v %T\n", l, l, l)
	fmt.Println(any(l), []Logger{nil, l})
	c := Config{Name: "svc"}
	fmt.Printf("%+v\n", c)
	b, err := json.Marshal(c)
	fmt.Println(string(b), err)
	fmt.Println(pick() == nil, pick())
	fmt.Println(map[string]Logger{"a": nil})
	keys := map[any]int{any(l): 1}
	fmt.Println(len(keys), keys[nil])
}
