package main

import "fmt"

type Logger struct{ prefix string }

func (l Logger) Log(msg string) { fmt.Println(l.prefix + msg) }

// Service embeds Logger and replaces its Log with a field of its own,
// which hides the promoted method.
type Service struct {
	Logger
	Log func(string)
}

func main() {
	s := Service{Logger: Logger{"[svc] "}}
	s.Log = func(msg string) { fmt.Println("custom:", msg) }
	s.Log("started")
	s.Logger.Log("via the logger")
}
