package main

import (
	"errors"
	"fmt"
	"io"
)

type ErrClosed struct{}

func (ErrClosed) Error() string { return "closed" }

type nopWriter struct{}

func (nopWriter) Write(p []byte) (int, error) { return len(p), nil }

type Shape interface{ Area() float64 }
type Unit struct{}
type Sq struct{ S float64 }

func (Unit) Area() float64 { return 1 }
func (s Sq) Area() float64 { return s.S * s.S }

func main() {
	err := fmt.Errorf("op: %w", ErrClosed{})
	var ec ErrClosed
	fmt.Println(errors.As(err, &ec), errors.Is(err, ErrClosed{}))
	var w io.Writer = nopWriter{}
	n, _ := fmt.Fprintf(w, "hello")
	fmt.Println(n)
	shapes := []Shape{Unit{}, Sq{2}}
	total := 0.0
	for _, s := range shapes {
		switch v := s.(type) {
		case Sq:
			total += v.S
		case Unit:
			total += 100
		}
	}
	fmt.Println(total)
	switch e := error(ErrClosed{}).(type) {
	case interface{ Timeout() bool }:
		fmt.Println("timeout", e)
	case ErrClosed:
		fmt.Println("closed!", e)
	}
}
