// json.Unmarshal into a slice whose element's UnmarshalJSON fails: the
// elements up to the failing one stay decoded, as json leaves them, and
// the error is the method's.
package main

import (
	"encoding/json"
	"fmt"
)

type Level int

func (l *Level) UnmarshalJSON(b []byte) error {
	switch string(b) {
	case `"low"`:
		*l = 1
	case `"high"`:
		*l = 2
	default:
		return fmt.Errorf("unknown level %s", b)
	}
	return nil
}

type Item struct {
	ID    int
	Level Level
}

func main() {
	var items []Item
	err := json.Unmarshal([]byte(`[{"ID":1,"Level":"low"},{"ID":2,"Level":"odd"},{"ID":3,"Level":"high"}]`), &items)
	fmt.Println(len(items), items, err)
	levels := []Level{9, 9, 9, 9}
	err = json.Unmarshal([]byte(`["high","x","low"]`), &levels)
	fmt.Println(levels, err)
}

// Output:
// 2 [{1 1} {2 0}] unknown level "odd"
// [2 9 9 9] unknown level "x"
