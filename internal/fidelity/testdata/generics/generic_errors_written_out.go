package main

import (
	"errors"
	"fmt"
)

type NotFound[K comparable] struct{ Key K }

func (e NotFound[K]) Error() string { return fmt.Sprintf("not found: %v", e.Key) }

type Conflict[K comparable] struct{ Key K }

func (e *Conflict[K]) Error() string { return fmt.Sprintf("conflict: %v", e.Key) }

func get(k int) error {
	if k > 2 {
		return NotFound[int]{k}
	}
	if k == 2 {
		return &Conflict[int]{k}
	}
	if k == 1 {
		var c *Conflict[int]
		return c
	}
	return nil
}

func main() {
	for k := range 4 {
		err := get(k)
		var nf NotFound[int]
		var cf *Conflict[int]
		fmt.Println(k, err != nil, errors.As(err, &nf), nf.Key, errors.As(err, &cf), cf != nil)
		w := fmt.Errorf("w: %w", err)
		fmt.Println(errors.As(w, &nf), errors.Is(w, NotFound[int]{3}))
		switch e := err.(type) {
		case NotFound[int]:
			fmt.Println("nf", e.Key)
		case *Conflict[int]:
			fmt.Println("cf", e == nil)
		}
	}
}
