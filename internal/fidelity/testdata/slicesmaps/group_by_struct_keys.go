package main

import (
	"fmt"
	"maps"
	"slices"
)

type Key struct {
	Dept string
	Year int
}

type Sale struct {
	Key
	Amount float64
}

func main() {
	sales := []Sale{
		{Key{"toys", 2023}, 10},
		{Key{"books", 2023}, 5.5},
		{Key{"toys", 2024}, 7},
		{Key{"toys", 2023}, 2.5},
	}
	totals := map[Key]float64{}
	for _, s := range sales {
		totals[s.Key] += s.Amount
	}
	keys := slices.SortedFunc(maps.Keys(totals), func(a, b Key) int {
		if a.Dept != b.Dept {
			if a.Dept < b.Dept {
				return -1
			}
			return 1
		}
		return a.Year - b.Year
	})
	for _, k := range keys {
		fmt.Printf("%+v => %.2f\n", k, totals[k])
	}
	fmt.Println(totals[Key{"toys", 2023}], totals[Key{"games", 2020}])
	_, ok := totals[Key{Dept: "books", Year: 2023}]
	fmt.Println(ok, len(totals))
	idx := slices.IndexFunc(sales, func(s Sale) bool { return s.Year == 2024 })
	fmt.Println(idx, sales[idx])
	grouped := map[string][]int{}
	for _, s := range sales {
		grouped[s.Dept] = append(grouped[s.Dept], s.Year)
	}
	fmt.Println(grouped)
}
