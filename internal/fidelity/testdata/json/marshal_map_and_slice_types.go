package main

import (
	"encoding/json"
	"fmt"
)

func main() {
	b, _ := json.Marshal(map[string]any{"z": 1, "a": []int{1, 2}, "m": nil, "f": 1.5, "s": "x<y"})
	fmt.Println(string(b))
	b, _ = json.Marshal([]byte("hi"))
	fmt.Println(string(b))
	var s []int
	b, _ = json.Marshal(s)
	fmt.Println(string(b))
}
