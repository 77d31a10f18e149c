package main

import (
	"fmt"
	"sort"
	"sync"
)

type UserID int

type Point struct{ X, Y int }

type Pair struct{ X, Y int }

func main() {
	var m sync.Map
	m.Store(UserID(1), "typed")
	m.Store(Point{1, 2}, "point")
	_, ok := m.Load(1)
	fmt.Println("int 1:", ok)
	v, ok := m.Load(UserID(1))
	fmt.Println("UserID 1:", v, ok)
	_, ok = m.Load(Pair{1, 2})
	fmt.Println("Pair:", ok)
	v, loaded := m.LoadOrStore(UserID(1), "other")
	fmt.Println(v, loaded)
	m.Delete(1)
	var keys []string
	m.Range(func(k, v any) bool {
		keys = append(keys, fmt.Sprint(k, "=", v))
		return true
	})
	sort.Strings(keys)
	fmt.Println(keys)
	m.Delete(UserID(1))
	_, ok = m.Load(UserID(1))
	fmt.Println(ok)
}
