// A nil dereference in a task, a callback and a recovering function: Go's
// run-time error in each.
package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/asyncrepl/asyncrepl/loop"
)

type node struct {
	X    int
	Next *node
}

func main() {
	r, err := loop.Run(loop.Async(func() (any, error) {
		var p *node
		return p.X, nil
	}))
	fmt.Println(r, err)
	var pe *loop.PanicError
	if errors.As(err, &pe) {
		fmt.Printf("%v\n", pe.Value)
	}
	l := loop.New()
	l.SetExceptionHandler(func(l *loop.Loop, ctx loop.ExceptionContext) {
		fmt.Println("handler:", ctx.Err)
	})
	l.CallSoon(func() {
		var p *node
		fmt.Println(p.Next.X)
	})
	l.CallSoon(func() {
		var p *struct{ X int }
		p.X = 3
	})
	l.CallSoon(func() {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			var p *struct{ X int }
			fmt.Println(p.X)
		}()
	})
	l.CallLater(time.Millisecond, l.Stop)
	l.RunForever()
	func() {
		defer func() { fmt.Println("main recovered:", recover()) }()
		var p *struct{ X int }
		fmt.Println(p.X)
	}()
}
