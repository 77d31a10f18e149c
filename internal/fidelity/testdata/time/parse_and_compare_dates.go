package main

import (
	"fmt"
	"sort"
	"time"
)

type Event struct {
	Name string
	When time.Time
}

func (e Event) String() string { return e.Name + "@" + e.When.Format("Jan 2") }

func main() {
	raw := map[string]string{
		"launch":  "2024-07-04",
		"review":  "2024-03-15",
		"party":   "2024-12-31",
		"invalid": "2024-02-30",
	}
	var events []Event
	var bad []string
	for name, s := range raw {
		t, err := time.Parse(time.DateOnly, s)
		if err != nil {
			bad = append(bad, name)
			continue
		}
		events = append(events, Event{name, t})
	}
	sort.Slice(events, func(i, j int) bool { return events[i].When.Before(events[j].When) })
	fmt.Println(events, bad)
	ref := time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC)
	for _, e := range events {
		days := int(e.When.Sub(ref).Hours() / 24)
		fmt.Printf("%-7s %4d days, %s, Q%d\n", e.Name, days, e.When.Weekday(), (int(e.When.Month())-1)/3+1)
	}
	y, w := events[0].When.ISOWeek()
	fmt.Println(y, w, events[2].When.AddDate(0, 2, 0).Format(time.RFC1123))
	var zero time.Time
	fmt.Println(zero.IsZero(), zero.Year(), events[0].When.Truncate(24*time.Hour*7).Weekday())
}
