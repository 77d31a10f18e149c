package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

func main() {
	dec := json.NewDecoder(strings.NewReader(`{"n":1} {"n":2} {"n":3}`))
	sum := 0
	for {
		var v struct{ N int }
		if err := dec.Decode(&v); err == io.EOF {
			break
		} else if err != nil {
			fmt.Println(err)
			return
		}
		sum += v.N
	}
	fmt.Println(sum)
}
