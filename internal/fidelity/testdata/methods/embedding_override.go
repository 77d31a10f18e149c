package main

import "fmt"

type Logger struct{}

func (Logger) Log(s string) { fmt.Println("log:", s) }
func (l Logger) Info()      { l.Log("info") }

type Service struct {
	Logger
}

func (Service) Log(s string) { fmt.Println("service:", s) }

func main() {
	s := Service{}
	s.Log("direct")
	s.Info()
	s.Logger.Log("explicit")
}
