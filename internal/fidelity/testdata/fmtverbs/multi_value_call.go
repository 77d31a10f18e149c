// Printing the results of a call of several results directly.
package main

import (
	"errors"
	"fmt"
	"log"
	"os"
	"strconv"
)

type NotFound struct{ Key string }

func (e *NotFound) Error() string { return "not found: " + e.Key }

type Level int

func (l Level) String() string { return [...]string{"low", "high"}[l] }

func lookup(key string) (*NotFound, bool) { return &NotFound{key}, false }

func level(n int) (Level, error) {
	if n > 1 {
		return 0, errors.New("too high")
	}
	return Level(n), nil
}

func main() {
	fmt.Println(lookup("k"))
	fmt.Println(level(1))
	fmt.Println(level(5))
	fmt.Println(strconv.Atoi("12"))
	s := fmt.Sprint(level(0))
	fmt.Println(s)
	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	log.Println(level(1))
}
