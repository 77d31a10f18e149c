package main

import (
	"fmt"
	"strings"
)

// NotFound is an error that also describes itself for logs.
type NotFound struct{ Key string }

func (e NotFound) Error() string  { return "not found: " + e.Key }
func (e NotFound) String() string { return "NotFound(" + e.Key + ")" }

// Status has a pointer receiver for both methods.
type Status struct{ Code int }

func (s *Status) Error() string  { return fmt.Sprintf("status %d", s.Code) }
func (s *Status) String() string { return fmt.Sprintf("Status<%d>", s.Code) }

type Level int

func (l Level) String() string   { return [...]string{"debug", "info", "warn"}[l] }
func (l Level) Error() string    { return "level " + l.String() }
func (l Level) GoString() string { return fmt.Sprintf("Level(%d)", int(l)) }

type Money struct{ Cents int }

func (m Money) String() string { return fmt.Sprintf("$%d.%02d", m.Cents/100, m.Cents%100) }

type Entry struct {
	Name  string
	Value fmt.Stringer
}

func describe(s fmt.Stringer) string { return fmt.Sprintf("<%v>", s) }

func main() {
	var s fmt.Stringer = NotFound{"user"}
	fmt.Println(s)
	fmt.Printf("%v | %s | %q | %12v|\n", s, s, s, s)
	fmt.Println(s.String())

	items := []fmt.Stringer{NotFound{"a"}, &Status{404}, Level(2), Money{1234}}
	for _, it := range items {
		fmt.Println(it, "/", it.String(), "/", describe(it))
	}
	fmt.Println(items)
	fmt.Printf("%v\n", items)

	byName := map[string]fmt.Stringer{"lvl": Level(1), "cash": Money{50}, "err": NotFound{"k"}}
	fmt.Println(byName)
	fmt.Printf("%+v\n", Entry{"e", Level(0)})
	fmt.Println(Entry{"s", &Status{500}})

	var lvl fmt.Stringer = Level(1)
	fmt.Printf("%v %s\n", lvl, lvl)

	if err, ok := lvl.(error); ok {
		fmt.Println("as error:", err)
	}
	var b strings.Builder
	fmt.Fprint(&b, items[0], " ", items[1])
	fmt.Println(b.String(), fmt.Sprint(items[2]))
}
