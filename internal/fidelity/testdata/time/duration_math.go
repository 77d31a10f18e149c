package main

import (
	"fmt"
	"time"
)

func main() {
	d := 90 * time.Minute
	fmt.Println(d, d.Hours(), d.Minutes(), d.Seconds())
	fmt.Println(d.Truncate(time.Hour), d.Round(time.Hour))
	steps := []time.Duration{
		0, 1, 999, time.Microsecond + 500, 1500 * time.Microsecond,
		2*time.Second + 300*time.Millisecond, -5 * time.Second,
		25*time.Hour + 61*time.Second,
	}
	for _, s := range steps {
		fmt.Printf("%v|%s|%d|%10v|\n", s, s, s, s)
	}
	total := time.Duration(0)
	for i := 1; i <= 4; i++ {
		total += time.Duration(i) * 250 * time.Millisecond
	}
	fmt.Println(total, total/4, total%time.Second, total > 2*time.Second)
	parsed, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(parsed, err, parsed.Milliseconds())
	_, err = time.ParseDuration("5 minutes")
	fmt.Println(err)
	start := time.Date(2024, time.February, 28, 22, 30, 0, 0, time.UTC)
	end := start.Add(3 * time.Hour)
	fmt.Println(end.Format(time.RFC3339), end.Weekday(), end.YearDay())
	fmt.Println(end.Sub(start), start.Before(end), end.Sub(start) == 3*time.Hour)
	fmt.Println(start.AddDate(0, 0, 2).Format("2006-01-02 Mon"))
	fmt.Println(start.Truncate(24 * time.Hour).Format(time.Kitchen))
	type Timeout struct {
		Name string
		D    time.Duration
	}
	t := Timeout{"read", 3 * time.Second}
	fmt.Printf("%v %+v\n", t, t)
	fmt.Println(time.Duration(1<<63 - 1))
	fmt.Println(time.Unix(1700000000, 0).UTC())
}
