package main

import (
	"fmt"
	"time"
)

type Shift struct {
	Start, End time.Time
}

func (s Shift) Hours() float64 { return s.End.Sub(s.Start).Hours() }

func main() {
	loc := time.FixedZone("EST", -5*3600)
	day := time.Date(2024, time.February, 28, 22, 30, 0, 0, loc)
	shifts := []Shift{
		{day, day.Add(8 * time.Hour)},
		{day.AddDate(0, 0, 1), day.AddDate(0, 0, 1).Add(90 * time.Minute)},
	}
	for _, s := range shifts {
		fmt.Println(s.Start.Format("Mon Jan 2 15:04 MST"), "->", s.End.Format(time.Kitchen), s.Hours())
	}
	fmt.Println(shifts[1].Start.Format("2006-01-02"), shifts[1].Start.YearDay(), shifts[0].End.Weekday())
	d := 3*time.Hour + 25*time.Minute + 450*time.Millisecond
	fmt.Println(d, d.Round(time.Minute), d.Truncate(time.Hour), d.Minutes())
	p, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(p, err, p.Seconds())
	t, err := time.Parse(time.RFC3339, "2024-06-01T10:00:00+02:00")
	fmt.Println(t.UTC(), err, t.Unix())
	_, err = time.Parse("2006-01-02", "2024-13-01")
	fmt.Println(err)
	fmt.Println(shifts[0].Start.Before(shifts[1].Start), shifts[0].End.Equal(shifts[0].Start.Add(8*time.Hour)))
	fmt.Printf("%v|%s|%d\n", 1500*time.Millisecond, time.Duration(0), time.Second)
}
