package main

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
)

func walk(prefix string, v any, out *[]string) {
	switch x := v.(type) {
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			walk(prefix+"."+k, x[k], out)
		}
	case []any:
		for i, e := range x {
			walk(fmt.Sprintf("%s[%d]", prefix, i), e, out)
		}
	case float64:
		*out = append(*out, fmt.Sprintf("%s = %g (number)", prefix, x))
	case string:
		*out = append(*out, fmt.Sprintf("%s = %q", prefix, x))
	case bool:
		*out = append(*out, fmt.Sprintf("%s = %t", prefix, x))
	case nil:
		*out = append(*out, prefix+" = null")
	default:
		*out = append(*out, fmt.Sprintf("%s = ?%T", prefix, x))
	}
}

func main() {
	data := `{"name":"x","tags":["a","b"],"meta":{"n":1.5,"ok":true,"none":null},"list":[{"id":1},{"id":2e3}]}`
	var v any
	if err := json.Unmarshal([]byte(data), &v); err != nil {
		panic(err)
	}
	var out []string
	walk("$", v, &out)
	fmt.Println(strings.Join(out, "\n"))
	dec := json.NewDecoder(strings.NewReader(`{"big": 12345678901234567890}`))
	dec.UseNumber()
	var m map[string]any
	dec.Decode(&m)
	n := m["big"].(json.Number)
	_, err := n.Int64()
	fmt.Println(n, err != nil)
}
