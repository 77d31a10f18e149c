// A program with a type S (and E, K) of its own that calls slices and maps,
// whose type parameters are spelled so too.
package main

import (
	"fmt"
	"maps"
	"slices"
)

type S struct {
	Name  string
	Score int
}

type E struct{ Code int }

func (e E) Error() string { return fmt.Sprintf("code %d", e.Code) }

type K string

func describe(v any) string {
	switch x := v.(type) {
	case S:
		return "S " + x.Name
	case E:
		return "E " + x.Error()
	}
	return "other"
}

func main() {
	names := []string{"carol", "alice", "bob"}
	slices.Sort(names)
	scores := map[K]S{"a": {"alice", 3}, "b": {"bob", 1}}
	for _, k := range slices.Sorted(maps.Keys(scores)) {
		s := scores[k]
		fmt.Println(k, s.Name, s.Score, describe(s), len(k))
	}
	var err error = E{7}
	if e, ok := err.(E); ok {
		fmt.Println(describe(e), e.Code)
	}
	fmt.Println(names, describe(names))
}
