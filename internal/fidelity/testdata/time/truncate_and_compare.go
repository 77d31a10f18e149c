package main

import (
	"fmt"
	"time"
)

func main() {
	a := time.Date(2023, 12, 31, 23, 59, 59, 0, time.UTC)
	b := a.Add(2 * time.Second)
	fmt.Println(b.Year(), b.Month(), b.Day(), b.Hour())
	fmt.Println(b.Truncate(24 * time.Hour).Format(time.DateOnly))
	fmt.Println(a.Before(b), b.Sub(a), a.Compare(b))
	fmt.Println(a.Unix(), time.Unix(0, 0).UTC())
}
