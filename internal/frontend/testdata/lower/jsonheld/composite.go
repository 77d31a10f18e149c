// A slice, array or map of a type with MarshalText, passed as an any to
// a function that encodes it: the interpreter holds it as the value of
// its representation ([]int), which no other type of the program's has
// here, so it is told by that and converted.
package main

import (
	"encoding/json"
	"fmt"
	"strconv"
)

type Level int

func (l Level) MarshalText() ([]byte, error) { return []byte("L" + strconv.Itoa(int(l))), nil }

func enc(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		return err.Error()
	}
	return string(b)
}

func main() {
	fmt.Println(enc([]Level{1, 2}), enc(map[Level]int{4: 1}), enc([2]Level{5, 6}))
	var x any = []Level{3}
	b, _ := json.Marshal(x)
	fmt.Println(string(b))
	fmt.Println(enc(map[string]any{"levels": []Level{7}}))
}

// Output:
// ["L1","L2"] {"L4":1} ["L5","L6"]
// ["L3"]
// {"levels":["L7"]}
