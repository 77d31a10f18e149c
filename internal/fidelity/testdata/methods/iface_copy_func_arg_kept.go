package main

import "fmt"

type Event struct {
	Name string
	N    int
}

func (e Event) String() string { return fmt.Sprintf("%s#%d", e.Name, e.N) }

var log []fmt.Stringer

func record(s fmt.Stringer) { log = append(log, s) }

type Logger struct{ lines []any }

func (l *Logger) Add(v any) { l.lines = append(l.lines, v) }

func main() {
	e := Event{"click", 1}
	record(e)
	e.N = 2
	record(e)
	for _, s := range log {
		fmt.Println(s.String())
	}
	var l Logger
	for i := 0; i < 3; i++ {
		e.N = i
		l.Add(e)
	}
	fmt.Println(l.lines[0].(Event).N, l.lines[2].(Event).N)
}
