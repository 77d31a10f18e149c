package main

import (
	"fmt"
	"strings"
)

type Logger interface {
	Log(msg string)
}

type prefixLogger struct {
	prefix string
	lines  []string
}

func (p *prefixLogger) Log(msg string) {
	p.lines = append(p.lines, p.prefix+msg)
}

type Service struct {
	Logger
	name string
}

func (s Service) Start() {
	s.Log("starting " + s.name)
}

type Counter struct {
	n int
}

func (c *Counter) Inc()    { c.n++ }
func (c Counter) Get() int { return c.n }

func main() {
	pl := &prefixLogger{prefix: "[svc] "}
	s := Service{Logger: pl, name: "api"}
	s.Start()
	logf := s.Log
	logf("via method value")
	start := s.Start
	s.name = "changed"
	start()
	fmt.Println(strings.Join(pl.lines, "\n"))

	c := Counter{}
	inc := c.Inc
	get := c.Get
	inc()
	inc()
	fmt.Println(c.n, get(), c.Get())

	fns := []func(){c.Inc, c.Inc, c.Inc}
	for _, f := range fns {
		f()
	}
	fmt.Println(c.Get())

	var l Logger = s
	l.Log("through interface")
	fmt.Println(len(pl.lines), pl.lines[len(pl.lines)-1])
}
