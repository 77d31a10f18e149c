// A method promoted from the shallowest embedded field wins over a deeper
// one of the same name, as in Go.
package main

import "fmt"

type Logger struct{ prefix string }

func (l Logger) Name() string { return "logger " + l.prefix }

type Base struct {
	Logger
}

type Service struct {
	Base
	Logger
	id int
}

func (b Base) Describe() string { return "base" }

func main() {
	s := &Service{Base: Base{Logger{"inner"}}, Logger: Logger{"outer"}, id: 1}
	fmt.Println(s.Name())
	f := s.Name
	fmt.Println(f(), s.Describe(), s.Base.Name())
}

// Output:
// logger outer
// logger outer base logger inner
