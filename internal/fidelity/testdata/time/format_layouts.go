package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2024, time.March, 5, 14, 7, 9, 0, time.UTC)
	fmt.Println(t)
	fmt.Println(t.Format(time.RFC3339))
	fmt.Println(t.Format("2006-01-02 15:04:05"))
	fmt.Println(t.Format("Mon Jan 2 3:04PM"))
	fmt.Println(t.Format(time.Kitchen), t.Weekday(), t.YearDay())
}
