package main

import (
	"encoding/json"
	"fmt"
	"maps"
	"slices"
)

func main() {
	var v any
	json.Unmarshal([]byte(`{"a":1,"b":[true,null,"s"],"c":{"d":2.5}}`), &v)
	m := v.(map[string]any)
	fmt.Printf("%T %v\n", m["a"], m["a"])
	fmt.Println(m["b"], m["c"].(map[string]any)["d"])
	for _, k := range slices.Sorted(maps.Keys(m)) {
		fmt.Printf("%s:%T ", k, m[k])
	}
	fmt.Println()
}
