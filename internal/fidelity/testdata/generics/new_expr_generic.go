package main

import (
	"fmt"
	"time"
)

var (
	name    = new("svc-" + suffix())
	started = new(time.Unix(0, 0).UTC())
	calls   int
)

func suffix() string { calls++; return fmt.Sprint(calls) }

type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }

func ptrOf[T any](v T) *T { return new(v) }

func main() {
	p := ptrOf(Sq{2})
	fmt.Println(p.Area(), *ptrOf("q"), *name, started.Year(), calls)
}
