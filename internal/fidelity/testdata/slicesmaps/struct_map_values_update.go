package main

import (
	"fmt"
	"sort"
)

type Stats struct {
	Count int
	Sum   float64
	Min   float64
	Max   float64
}

func (s Stats) Mean() float64 {
	if s.Count == 0 {
		return 0
	}
	return s.Sum / float64(s.Count)
}

func main() {
	readings := []struct {
		sensor string
		v      float64
	}{{"a", 3}, {"b", 10}, {"a", 5}, {"c", -1}, {"b", 20}, {"a", 1}}
	stats := map[string]Stats{}
	for _, r := range readings {
		s, ok := stats[r.sensor]
		if !ok {
			s = Stats{Min: r.v, Max: r.v}
		}
		s.Count++
		s.Sum += r.v
		s.Min = min(s.Min, r.v)
		s.Max = max(s.Max, r.v)
		stats[r.sensor] = s
	}
	keys := make([]string, 0, len(stats))
	for k := range stats {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		s := stats[k]
		fmt.Printf("%s: n=%d mean=%.2f min=%v max=%v\n", k, s.Count, s.Mean(), s.Min, s.Max)
	}
	ptrs := map[string]*Stats{"x": {Count: 1}}
	ptrs["x"].Count += 10
	fmt.Println(ptrs["x"].Count, stats["a"])
}
