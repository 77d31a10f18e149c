package main

import (
	"bufio"
	"fmt"
	"slices"
	"strings"
)

type Record struct {
	Email string
	Name  string
	Score int
}

func parse(line string) (Record, error) {
	parts := strings.Split(line, ";")
	if len(parts) != 3 {
		return Record{}, fmt.Errorf("bad line %q: %d fields", line, len(parts))
	}
	var score int
	if _, err := fmt.Sscanf(parts[2], "%d", &score); err != nil {
		return Record{}, fmt.Errorf("bad score in %q: %w", line, err)
	}
	return Record{strings.ToLower(strings.TrimSpace(parts[0])), strings.TrimSpace(parts[1]), score}, nil
}

const input = `ann@x.io; Ann; 10
BOB@x.io ; Bob; 7
ann@X.io; Ann B; 12
broken line
cid@x.io; Cid; x9
bob@x.io; Bobby; 3`

func main() {
	sc := bufio.NewScanner(strings.NewReader(input))
	best := map[string]Record{}
	var order []string
	var errs []string
	for sc.Scan() {
		r, err := parse(sc.Text())
		if err != nil {
			errs = append(errs, err.Error())
			continue
		}
		old, seen := best[r.Email]
		if !seen {
			order = append(order, r.Email)
		}
		if !seen || r.Score > old.Score {
			best[r.Email] = r
		}
	}
	for _, e := range order {
		fmt.Printf("%+v\n", best[e])
	}
	slices.Sort(errs)
	fmt.Println(strings.Join(errs, "\n"))
	keys := slices.Collect(func(yield func(string) bool) {
		for k := range best {
			if !yield(k) {
				return
			}
		}
	})
	slices.Sort(keys)
	fmt.Println(keys, slices.Index(keys, "bob@x.io"))
}
