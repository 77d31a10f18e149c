package main

import (
	"fmt"
	"slices"
	"time"
)

type Event struct {
	At   time.Time
	Name string
}

func main() {
	base := time.Date(2025, 6, 1, 9, 0, 0, 0, time.UTC)
	events := []Event{
		{base.Add(2 * time.Hour), "lunch"},
		{base, "standup"},
		{base.Add(30 * time.Minute), "review"},
	}
	slices.SortFunc(events, func(a, b Event) int { return a.At.Compare(b.At) })
	for _, e := range events {
		fmt.Println(e.At.Format("15:04"), e.Name)
	}
	fmt.Println(events[len(events)-1].At.Sub(events[0].At))
}
