package loop

import (
	"slices"
	"unsafe"
)

// Gather runs the awaitables concurrently (coroutines become tasks) and
// returns a future whose result is the []any of their results, in order
// (asyncio.gather). The first error becomes the future's error; the others
// keep running. A child cancelled counts as one that failed with its
// cancellation: the future fails with that error (matching ErrCancelled)
// but is not itself cancelled (Cancelled is false), as asyncio's gather
// is not. Cancelling the future cancels all of them, and the future ends
// cancelled (Cancelled is true: asyncio's gather future, cancelled so,
// ends with CancelledError as its exception, and its cancelled() is
// false); when none of them can be cancelled any more (all done),
// Cancel reports false and the results stand. The same coroutine given
// twice runs once. With no awaitables, the future of the running loop is
// done at once. Loop goroutine only.
func Gather(aws ...Awaitable) *Future { return gather(false, aws) }

// GatherReturnExceptions is Gather with return_exceptions=True: errors are
// not raised but placed in the result slice, as error values, in order.
// Loop goroutine only.
func GatherReturnExceptions(aws ...Awaitable) *Future { return gather(true, aws) }

func gather(returnExc bool, aws []Awaitable) *Future {
	l := loopOf(aws)
	outer := l.CreateFuture()
	if len(aws) == 0 {
		outer.result = []any{}
		outer.finish(stateFinished)
		return outer
	}
	children := make([]*Future, len(aws))
	g := &gatherState{children: children, outer: outer, results: make([]any, len(aws)),
		left: len(aws), returnExc: returnExc}
	outer.setCancelHook(g)
	for i, aw := range aws {
		// The same coroutine twice is one task (asyncio's arg_to_fut);
		// looked for only when the coroutine is already taken.
		if c, ok := aw.(*Coroutine); ok && c != nil && c.state.Load() != coroInert {
			if j := slices.Index(aws[:i], aw); j >= 0 {
				children[i] = children[j]
				continue
			}
		}
		children[i] = l.ensureFuture(aw)
	}
	// A child's done callback is its link (the gather and the child's
	// index), all of them in one allocation, when it is the child's
	// first callback (a task made here); else a closure of the two.
	links := make([]gatherLink, len(children))
	for i, ch := range children {
		links[i] = gatherLink{g: g, i: i}
		if ch.ncb == 0 {
			ch.cb0 = callback{p: unsafe.Pointer(&links[i])}
			ch.cb0Link = true
			ch.ncb = 1
			if ch.state != statePending {
				ch.schedule(0)
			}
			continue
		}
		j := ch.addCallback(func(ch *Future) { g.childDone(ch, i) }, nil)
		// The link too, for CaptureCallGraph to find the gather.
		ch.callbackAt(j).p = unsafe.Pointer(&links[i])
	}
	return outer
}

// gatherLink is a Gather child's done callback, without a closure: the
// gather and the child's index.
type gatherLink struct {
	g *gatherState
	i int
}

// gatherState is what a Gather future shares with its children's done
// callbacks, and how cancelling it reaches the children (cancelHook).
type gatherState struct {
	children  []*Future
	outer     *Future
	results   []any
	left      int // children not done yet
	returnExc bool
	cancelled bool // Cancel reached the children: end cancelled, with msg
	msg       string
}

// childDone is the done callback of child i.
func (g *gatherState) childDone(ch *Future, i int) {
	outer := g.outer
	g.left--
	if outer.Done() {
		if !ch.Cancelled() {
			ch.Exception() // retrieved: gather saw it
		}
		return
	}
	if !g.returnExc {
		if ch.Cancelled() {
			outer.setCancelHook(nil)
			if g.cancelled {
				outer.cancel(g.msg) // the gather's own cancellation
				return
			}
			// Another's: asyncio's gather fails with the child's
			// CancelledError, not cancelled itself.
			outer.err = cancelledError(ch.cancelMsg())
			outer.finish(stateFinished)
			outer.armException("", "")
			return
		}
		if err := ch.Exception(); err != nil {
			outer.err = err
			outer.finish(stateFinished)
			outer.armException("", "")
			return
		}
	}
	v, err := ch.Result()
	if err != nil {
		g.results[i] = err
	} else {
		g.results[i] = v
	}
	if g.left == 0 {
		if g.cancelled {
			outer.setCancelHook(nil)
			outer.cancel(g.msg)
			return
		}
		outer.result = g.results
		outer.finish(stateFinished)
	}
}

// loopOf picks the loop of the first future among aws, else the running
// loop.
func loopOf(aws []Awaitable) *Loop {
	for _, aw := range aws {
		switch x := aw.(type) {
		case *Future:
			if x != nil {
				return x.loop
			}
		case *Task:
			if x != nil {
				return x.loop
			}
		}
	}
	return Get()
}
