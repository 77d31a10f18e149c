package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println(time.January, time.Saturday, time.Month(13))
	fmt.Printf("%v %d %s\n", time.July, time.July, time.Sunday)
	var d time.Duration
	fmt.Println(d, time.Duration(0) == 0)
}
