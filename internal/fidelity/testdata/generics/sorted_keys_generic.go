package main

import (
	"cmp"
	"fmt"
	"sort"
)

type byValue[T cmp.Ordered] []T

func (s byValue[T]) Len() int           { return len(s) }
func (s byValue[T]) Less(i, j int) bool { return s[i] < s[j] }
func (s byValue[T]) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

func SortedKeys[K cmp.Ordered, V any](m map[K]V) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Sort(byValue[K](keys))
	return keys
}

type Number interface {
	~int | ~float64
}

func Total[K cmp.Ordered, V Number](m map[K]V) V {
	var sum V
	for _, k := range SortedKeys(m) {
		sum += m[k]
	}
	return sum
}

type Cents int

func main() {
	ages := map[string]int{"bob": 31, "alice": 29, "carol": 40}
	for _, name := range SortedKeys(ages) {
		fmt.Println(name, ages[name])
	}
	fmt.Println(SortedKeys(map[float64]bool{2.5: true, -1: false, 0: true}))
	fmt.Println(Total(map[string]Cents{"tea": 250, "cake": 400}))
	fmt.Println(Total(map[int]float64{1: 0.5, 2: 0.25}))
}
