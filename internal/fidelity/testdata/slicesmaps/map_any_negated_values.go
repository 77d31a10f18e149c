package main

import (
	"encoding/json"
	"fmt"
)

type Row struct {
	Name  string
	Value any
}

func invert(name string, v int) (string, any) {
	return name, -v
}

func flag(on bool) any {
	return !on
}

func main() {
	balances := map[string]int{"ann": 120, "bob": -40}
	report := map[string]any{}
	for name, b := range balances {
		report[name] = -b
	}
	out, _ := json.Marshal(report)
	fmt.Println(string(out))
	var r Row
	r.Name = "mask"
	r.Value = ^0x0f
	fmt.Printf("%+v\n", r)
	fmt.Println(invert("debt", 75))
	var last any
	for i := range 3 {
		last = -i
	}
	fmt.Println(last, flag(false), flag(true))
	stats := map[string]any{}
	total, n := 47, 5
	stats["remainder"] = total % n
	stats["kib"] = total << 10
	stats["half"] = total >> 1
	fmt.Println(stats)
}
