package main

import (
	"fmt"
	"time"
)

type Event struct {
	Name string
	At   time.Time
	Dur  time.Duration
}

func (e Event) End() time.Time { return e.At.Add(e.Dur) }

func main() {
	loc := time.FixedZone("CET", 3600)
	base := time.Date(2025, time.March, 30, 23, 45, 0, 0, time.UTC)
	events := []Event{
		{"standup", base, 15 * time.Minute},
		{"deploy", base.Add(36 * time.Hour), 2*time.Hour + 30*time.Minute},
		{"retro", base.AddDate(0, 1, -1), 90 * time.Minute},
	}
	for _, e := range events {
		fmt.Printf("%-8s %s -> %s (%v) %s\n", e.Name, e.At.Format("Mon Jan 2 15:04"), e.End().Format(time.TimeOnly), e.Dur, e.At.In(loc).Format(time.RFC1123Z))
	}
	t, err := time.Parse("2006-01-02 15:04:05", "2024-02-29 12:30:45")
	fmt.Println(t, err, t.YearDay(), t.Weekday())
	_, err = time.Parse(time.DateOnly, "2023-02-29")
	fmt.Println(err)
	t2, _ := time.ParseInLocation(time.DateTime, "2024-12-31 23:59:59", loc)
	fmt.Println(t2.UTC(), t2.Unix(), t2.Add(time.Second).Year())
	d := events[1].At.Sub(events[0].At)
	fmt.Println(d, d.Hours(), events[0].At.Before(events[1].At), events[2].At.Equal(events[2].At.In(loc)))
	y, m, dd := events[2].At.Date()
	fmt.Println(y, m, dd, int(m))
	fmt.Println(base.Format("02/01/2006 03:04 PM -0700 MST"), base.Format(time.StampMilli))
	fmt.Println(time.Date(2024, 1, 31, 0, 0, 0, 0, time.UTC).AddDate(0, 1, 0).Format(time.DateOnly))
	iso, _ := time.Parse(time.RFC3339Nano, "2024-06-01T10:00:00.123456789+02:00")
	fmt.Println(iso.Nanosecond(), iso.UTC().Format(time.RFC3339Nano), iso.Round(time.Millisecond).Format(time.RFC3339Nano))
	fmt.Printf("%v|%s|%d\n", base.Month(), base.Weekday(), base.Month())
	var zero time.Time
	fmt.Println(zero.IsZero(), zero.Format(time.RFC3339))
}
