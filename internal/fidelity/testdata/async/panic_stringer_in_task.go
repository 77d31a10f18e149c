// A task that panics with a value of a type with a String method: the
// task's error (a *loop.PanicError) shows the value as fmt's %v does.
package main

import (
	"errors"
	"fmt"

	"github.com/asyncrepl/asyncrepl/loop"
)

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type Level int

func (l Level) String() string { return [...]string{"LOW", "MID", "HIGH"}[l] }

type Broken struct{}

func (Broken) String() string { panic("no text") }

type Code struct{ N int }

func (c Code) Error() string { return fmt.Sprintf("code %d", c.N) }

func main() {
	_, err := loop.Run(loop.Async(func() (int, error) {
		try := func(body func() int) {
			_, err := loop.Await(loop.Get().CreateTask(loop.Async(body)))
			_, ok := errors.AsType[*loop.PanicError](err)
			fmt.Println(err, ok)
		}
		try(func() int { panic(Point{1, 2}) })
		try(func() int { panic(&Point{3, 4}) })
		try(func() int { panic(Level(2)) })
		try(func() int { panic(Broken{}) })
		try(func() int { panic(Code{7}) })
		try(func() int { panic("plain text") })
		return 0, nil
	}))
	fmt.Println("done", err)
}
