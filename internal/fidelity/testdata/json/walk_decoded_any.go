package main

import (
	"encoding/json"
	"fmt"
	"sort"
)

// Walking decoded JSON with type switches, in a program that also
// decodes into structs with fields of named string and float types.

type Kind string

type Celsius float64

type Block struct {
	Kind Kind
	Temp Celsius
}

func describe(v any, depth int) string {
	switch x := v.(type) {
	case string:
		return fmt.Sprintf("%q", x)
	case float64:
		return fmt.Sprintf("%g", x)
	case bool:
		return fmt.Sprint(x)
	case nil:
		return "null"
	case []any:
		s := "["
		for i, e := range x {
			if i > 0 {
				s += " "
			}
			s += describe(e, depth+1)
		}
		return s + "]"
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		s := "{"
		for i, k := range keys {
			if i > 0 {
				s += " "
			}
			s += k + "=" + describe(x[k], depth+1)
		}
		return s + "}"
	}
	return "?"
}

func main() {
	var raw map[string]any
	if err := json.Unmarshal([]byte(`{"kind":"text","n":2.5,"ok":true,"tags":["a",null],"sub":{"x":1}}`), &raw); err != nil {
		panic(err)
	}
	k, ok := raw["kind"].(string)
	fmt.Println(k, ok)
	n, ok := raw["n"].(float64)
	fmt.Println(n, ok)
	fmt.Println(describe(raw, 0))

	var b Block
	if err := json.Unmarshal([]byte(`{"Kind":"image","Temp":21.5}`), &b); err != nil {
		panic(err)
	}
	fmt.Println(b.Kind, b.Temp)
	var bs []Block
	if err := json.Unmarshal([]byte(`[{"Kind":"a","Temp":1},{"Kind":"b","Temp":2}]`), &bs); err != nil {
		panic(err)
	}
	fmt.Println(len(bs), bs[1].Kind, bs[1].Temp)
}
