package main

import (
	"fmt"
	"time"
)

func main() {
	d := 90*time.Minute + 30*time.Second + 250*time.Millisecond
	fmt.Println(d, d.Hours(), d.Minutes())
	fmt.Println(time.Duration(1500)*time.Microsecond, 2*time.Nanosecond)
	pd, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(pd, err, pd.Round(time.Minute), pd.Truncate(time.Hour))
}
