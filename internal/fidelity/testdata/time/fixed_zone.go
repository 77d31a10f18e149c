package main

import (
	"fmt"
	"time"
)

func main() {
	zone := time.FixedZone("EST", -5*3600)
	t := time.Date(2024, 1, 1, 12, 0, 0, 0, time.UTC)
	fmt.Println(t.In(zone))
	fmt.Println(t.In(zone).Format(time.RFC1123Z))
	name, off := t.In(zone).Zone()
	fmt.Println(name, off)
}
