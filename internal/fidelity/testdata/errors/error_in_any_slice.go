package main

import (
	"encoding/json"
	"errors"
	"fmt"
)

type Timeout struct{ Seconds int }

func (t Timeout) Error() string { return fmt.Sprintf("timed out after %ds", t.Seconds) }

type Refused struct{ Seconds int }

func (r *Refused) Error() string { return "refused" }

func main() {
	results := []any{42, Timeout{3}, &Refused{1}, errors.New("plain"), "done", nil}
	for i, r := range results {
		switch v := r.(type) {
		case error:
			fmt.Printf("%d error %T: %v\n", i, v, v)
		case int:
			fmt.Printf("%d int %d\n", i, v)
		default:
			fmt.Printf("%d other %T %v\n", i, v, v)
		}
	}
	fmt.Println(results...)
	fmt.Printf("%v\n%+v\n", results, results)
	m := map[string]any{"timeout": Timeout{5}, "count": 2}
	fmt.Println(m)
	b, _ := json.Marshal(m)
	fmt.Println(string(b))
}
