package main

import (
	"fmt"
	"sort"
)

type Duration int

func (d Duration) String() string { return fmt.Sprintf("%dms", int(d)) }

type Limits struct {
	Max int
	Min int
}

func main() {
	cfg := map[string]any{
		"name":    "server",
		"port":    8080,
		"debug":   true,
		"timeout": Duration(250),
		"ratio":   0.75,
		"tags":    []string{"a", "b"},
		"limits":  Limits{10, 1},
		"ptr":     &Limits{Max: 3},
	}
	keys := make([]string, 0, len(cfg))
	for k := range cfg {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		v := cfg[k]
		fmt.Printf("%-8s %-10T %v\n", k, v, v)
	}
	fmt.Println(len(cfg), cfg["limits"], cfg["tags"])
	if d, ok := cfg["timeout"].(Duration); ok {
		fmt.Println("timeout doubled:", d*2)
	}
	if l, ok := cfg["ptr"].(*Limits); ok {
		l.Min = 2
		fmt.Printf("%+v\n", cfg["ptr"])
	}
}
