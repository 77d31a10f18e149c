package main

import (
	"fmt"
	"time"
)

type Duration int64

const (
	Nanosecond Duration = 1
	Second              = 1000000000 * Nanosecond
)

func main() {
	d := 3 * Second
	fmt.Printf("%v %T\n", d, d)
	fmt.Println(time.Duration(d), 90*time.Minute)
}
