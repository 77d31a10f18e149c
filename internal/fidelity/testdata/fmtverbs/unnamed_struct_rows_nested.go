// Unnamed struct types with unexported fields in a map, and table-test
// rows holding a value of a struct type of the program's, handed to a
// function that takes any.
package main

import (
	"encoding/json"
	"fmt"
)

type T struct{ A int }

type hidden struct{ secret string }

func show(v any) {
	fmt.Printf("%v|%+v\n", v, v)
	b, err := json.Marshal(v)
	fmt.Println(string(b), err)
}

func main() {
	show(map[string]struct{ a int }{"k": {1}})
	tests := []struct {
		name string
		t    T
		Note string
	}{{"one", T{1}, "n"}}
	show(tests)
	show(tests[0])
	show([]struct {
		h  hidden
		ID int
	}{{hidden{"s"}, 2}}[0].ID)
}
