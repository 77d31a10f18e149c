package loop

// Gather runs the awaitables concurrently (coroutines become tasks) and
// returns a future whose result is the []any of their results, in order
// (asyncio.gather). The first error becomes the future's error; the others
// keep running. Cancelling the future cancels all of them. With no
// awaitables, the future of the running loop is done at once. Loop
// goroutine only.
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
	results := make([]any, len(aws))
	left := len(aws)
	g := &gatherState{children: children}
	outer.cancelHook = g
	for i, aw := range aws {
		children[i] = l.ensureFuture(aw)
	}
	for i, ch := range children {
		i := i
		ch.addCallback(func(ch *Future) {
			left--
			if outer.Done() {
				if !ch.Cancelled() {
					ch.Exception() // retrieved: gather saw it
				}
				return
			}
			if !returnExc {
				if ch.Cancelled() {
					outer.cancelMsg = ch.cancelMsg
					outer.cancelHook = nil
					outer.cancel(ch.cancelMsg)
					return
				}
				if err := ch.Exception(); err != nil {
					outer.err = err
					outer.finish(stateFinished)
					outer.exc = armException(outer, "", "")
					return
				}
			}
			v, err := ch.Result()
			if err != nil {
				results[i] = err
			} else {
				results[i] = v
			}
			if left == 0 {
				if g.cancelled {
					outer.cancelHook = nil
					outer.cancel(g.msg)
					return
				}
				outer.result = results
				outer.finish(stateFinished)
			}
		}, nil)
	}
	return outer
}

type gatherState struct {
	children  []*Future
	cancelled bool
	msg       string
}

// loopOf picks the loop of the first future among aws, else the running
// loop.
func loopOf(aws []Awaitable) *Loop {
	for _, aw := range aws {
		switch x := aw.(type) {
		case *Future:
			return x.loop
		case *Task:
			return x.loop
		}
	}
	return Get()
}
