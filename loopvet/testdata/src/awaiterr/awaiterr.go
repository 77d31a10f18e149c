package awaiterr

import (
	"context"
	"fmt"
	"time"

	"github.com/asyncrepl/asyncrepl/loop"
)

// eternity is asyncio's wait_for example, translated with the error dropped.
func eternity() *loop.Coroutine {
	return loop.Async(func() {
		loop.Await(loop.Sleep(time.Hour)) // want `loop.Await's error dropped as a statement: a task that drops it swallows its cancellation .*"yay!" instead of "timeout!"; check the error and return it`
		fmt.Println("yay!")
	})
}

// eternityFixed checks the error and returns it.
func eternityFixed() *loop.Coroutine {
	return loop.Async(func() error {
		if _, err := loop.Await(loop.Sleep(time.Hour)); err != nil {
			return err
		}
		fmt.Println("yay!")
		return nil
	})
}

func drops(l *loop.Loop, f *loop.Future, t *loop.Task, cf *loop.ConcurrentFuture, ctx context.Context) {
	v, _ := loop.Await(f)    // want `loop.Await's error dropped to _`
	_, _ = loop.Await(f)     // want `loop.Await's error dropped to _`
	v, _ = loop.Await(f)     // want `loop.Await's error dropped to _`
	var w, _ = loop.Await(f) // want `loop.Await's error dropped to _`
	go loop.Await(f)         // want `loop.Await's error dropped in a go statement`
	defer loop.Await(f)      // want `loop.Await's error dropped in a defer statement`
	(loop.Await(f))          // want `loop.Await's error dropped as a statement`
	fmt.Println(v, w)

	loop.Run(eternity())          // want `loop.Run's error dropped as a statement: it is the coroutine's error, or its cancellation`
	l.RunUntilComplete(f)         // want `\(\*loop.Loop\).RunUntilComplete's error dropped as a statement: .*called from a task, it is an Await's\)`
	f.Result()                    // want `\(\*loop.Future\).Result's error dropped as a statement: .*counts as retrieving it`
	t.Result()                    // want `\(\*loop.Future\).Result's error dropped as a statement`
	(*loop.Future).Result(f)      // want `\(\*loop.Future\).Result's error dropped as a statement`
	cf.Result()                   // want `\(\*loop.ConcurrentFuture\).Result's error dropped as a statement`
	cf.ResultTimeout(time.Second) // want `\(\*loop.ConcurrentFuture\).ResultTimeout's error dropped as a statement`
	_, _ = cf.ResultContext(ctx)  // want `\(\*loop.ConcurrentFuture\).ResultContext's error dropped to _`
	for range 3 {
		if true {
			loop.Await(f) // want `loop.Await's error dropped as a statement`
		}
	}
	if v, _ := loop.Await(f); v != nil { // want `loop.Await's error dropped to _`
		return
	}
	go func() {
		loop.Await(f) // want `loop.Await's error dropped as a statement`
	}()
	defer func() { _, _ = t.Result() }() // want `\(\*loop.Future\).Result's error dropped to _`
}

// Through variables set once to the function or to a method value.
func throughVars(f *loop.Future) {
	await := loop.Await
	await(f) // want `loop.Await's error dropped as a statement`
	result := f.Result
	result() // want `\(\*loop.Future\).Result's error dropped as a statement`
}

var pkgAwait = loop.Await

func throughPkgVar(f *loop.Future) {
	pkgAwait(f) // want `loop.Await's error dropped as a statement`
}

// Not drops: the error is kept, passed on or returned; the calls that
// are not checked; a variable that may hold another function.
func kept(l *loop.Loop, f *loop.Future) (any, error) {
	v, err := loop.Await(f)
	fmt.Println(v, err)
	_, err = l.RunUntilComplete(f)
	fmt.Println(loop.Await(f))
	l.RunForever()
	f.Exception()
	loop.Sleep(time.Second)
	loop.CreateTask(eternity())
	var x struct{ err error }
	v, x.err = loop.Await(f)
	_ = x
	go func() { _, _ = fmt.Println(loop.Await(f)) }()

	maybe := loop.Await
	maybe = func(loop.Awaitable) (any, error) { return nil, nil }
	maybe(f)
	return loop.Await(f)
}
