package main

import (
	"fmt"
	"sort"
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
)

var names = [...]string{"Sun", "Mon", "Tue", "Wed"}

func (d Weekday) String() string {
	if d < 0 || int(d) >= len(names) {
		return fmt.Sprintf("Weekday(%d)", int(d))
	}
	return names[d]
}

type Priority int

const (
	Low Priority = iota + 1
	Medium
	High
)

func (p Priority) String() string {
	return [...]string{"?", "low", "medium", "high"}[p]
}

func main() {
	days := []Weekday{Wednesday, Sunday, Monday, 7}
	fmt.Println(days)
	sort.Slice(days, func(i, j int) bool { return days[i] < days[j] })
	fmt.Printf("%v %d\n", days, days)
	tasks := map[string]Priority{"laundry": Low, "taxes": High, "email": Medium}
	fmt.Println(tasks)
	byPrio := map[Priority][]string{}
	for name, p := range tasks {
		byPrio[p] = append(byPrio[p], name)
	}
	for _, p := range []Priority{High, Medium, Low} {
		fmt.Printf("%-6s %v\n", p, byPrio[p])
	}
	fmt.Printf("%s and %q and %x\n", Tuesday, Monday, High)
	var any1 any = Tuesday
	fmt.Println(any1, []any{Low, Sunday, 3})
}
