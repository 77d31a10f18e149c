// A generic type with a String method printing its type parameter's value,
// instantiated with compiled types (time.Duration, time.Month) and int.
package main

import (
	"fmt"
	"time"
)

type Opt[T any] struct {
	V  T
	OK bool
}

func (o Opt[T]) String() string { return fmt.Sprint("some:", o.V) }

type Config struct {
	Timeout Opt[time.Duration]
	Month   Opt[time.Month]
}

func main() {
	fmt.Println(Opt[int]{1, true})
	c := Config{Opt[time.Duration]{time.Second, true}, Opt[time.Month]{time.March, true}}
	fmt.Println(c, c.Timeout)
	fmt.Printf("%v %+v\n", c.Month, c)
}
