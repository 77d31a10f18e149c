package awaiterr

import (
	. "github.com/asyncrepl/asyncrepl/loop"
	l "github.com/asyncrepl/asyncrepl/loop"

	"lookalike"
)

// The loop package under another name, and dot-imported.
func renamed(f *Future) {
	l.Await(f) // want `loop.Await's error dropped as a statement`
	Await(f)   // want `loop.Await's error dropped as a statement`
}

type myLoop struct{}

func (myLoop) Await(x any) (any, error) { return nil, nil }

// Look-alikes: functions and methods of the same names elsewhere, and a
// variable named loop.
func lookalikes(f *lookalike.Future, ll *lookalike.Loop) {
	lookalike.Await(1)
	f.Result()
	ll.RunUntilComplete(1)
	loop := myLoop{}
	loop.Await(1)
	var await = func(x any) (any, error) { return nil, nil }
	await(1)
}
