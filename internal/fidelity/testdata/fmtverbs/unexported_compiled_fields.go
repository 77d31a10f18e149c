// Values of compiled types with a String method in unexported fields: fmt
// calls no method there (it cannot reach them), exported fields it does.
package main

import (
	"fmt"
	"time"
)

type Job struct {
	Name    string
	timeout time.Duration
	Retry   time.Duration
}

type Report struct {
	month   time.Month
	delays  []time.Duration
	byStage map[string]time.Duration
	created time.Time
}

func main() {
	j := Job{"fetch", 2 * time.Second, 500 * time.Millisecond}
	fmt.Println(j)
	fmt.Printf("%v|%+v\n", j, j)
	r := Report{time.March, []time.Duration{time.Millisecond}, map[string]time.Duration{"a": time.Second}, time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC)}
	fmt.Println(r)
	fmt.Println(fmt.Sprint(j), []Job{j})
}
