package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2024, time.February, 28, 23, 30, 15, 123456789, time.UTC)
	fmt.Println(t)
	fmt.Println(t.Format(time.RFC3339Nano))
	fmt.Println(t.Format("Mon Jan _2 2006 03:04:05.000 PM"))
	fmt.Println(t.Format(time.Kitchen), t.Format(time.DateOnly), t.Format(time.DateTime))
	next := t.Add(90 * time.Minute)
	fmt.Println(next.Format(time.ANSIC), next.YearDay(), next.Weekday())
	fmt.Println(t.AddDate(0, 1, 1).Format("2006-01-02"))
	d := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC).Sub(t)
	fmt.Println(d, d.Hours(), d.Round(time.Hour), d.Truncate(24*time.Hour))
	y, w := t.ISOWeek()
	fmt.Println(y, w, t.Unix(), t.UnixMilli())
	est := time.FixedZone("EST", -5*3600)
	fmt.Println(t.In(est).Format(time.RFC1123Z))
	p, err := time.Parse("02/01/2006 15:04", "31/12/2023 18:45")
	fmt.Println(p, err, p.Before(t))
	_, err = time.Parse(time.DateOnly, "2023-13-01")
	fmt.Println(err)
	dur, _ := time.ParseDuration("1h15m30.5s")
	fmt.Println(dur, dur.Seconds(), time.Duration(1500)*time.Microsecond)
}
