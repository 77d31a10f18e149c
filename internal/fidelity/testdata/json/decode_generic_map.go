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
	default:
		*out = append(*out, fmt.Sprintf("%s = %v (%T)", prefix, x, x))
	}
}

func main() {
	doc := `{"name":"svc","replicas":3,"ports":[80,443],"env":{"DEBUG":true,"LEVEL":"info"},"owner":null,"ratio":0.5}`
	var v any
	if err := json.Unmarshal([]byte(doc), &v); err != nil {
		panic(err)
	}
	var lines []string
	walk("$", v, &lines)
	fmt.Println(strings.Join(lines, "\n"))
	m := v.(map[string]any)
	m["replicas"] = m["replicas"].(float64) + 1
	delete(m, "owner")
	b, _ := json.Marshal(m)
	fmt.Println(string(b))
	dec := json.NewDecoder(strings.NewReader(`{"a":1} {"a":2} {"a":"x"}`))
	for {
		var item struct{ A int }
		if err := dec.Decode(&item); err != nil {
			fmt.Println("stop:", err)
			break
		}
		fmt.Println(item.A)
	}
}
