// A logger's method deferred with a spread slice, its receiver taken at
// the defer statement.
package main

import (
	"fmt"
	"log"
	"os"
)

type Level int

func (l Level) String() string { return [...]string{"debug", "info"}[l] }

func run(lg *log.Logger) {
	fields := []any{Level(0), "start"}
	defer lg.Println(fields...)
	defer lg.Printf("%v/%v\n", fields...)
	lg = log.New(os.Stdout, "other: ", 0)
	fields[0] = Level(1)
	lg.Println("replaced")
}

func main() {
	run(log.New(os.Stdout, "main: ", 0))
	fmt.Println("done")
}
