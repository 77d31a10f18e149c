package limit

// SubmitRoundtrip is submit_roundtrip's floor: a goroutine hands a
// function (a fresh closure per request, as each submission is a fresh
// coroutine) to another goroutine through a channel and waits on a second
// channel for its result, n times in a row; the serving goroutine runs it
// and sends the result back. It returns how many results came back equal
// to what was asked. Two channel hand-offs per round trip, each waking a
// parked goroutine: the cost of asking another goroutine and waiting.
func SubmitRoundtrip(n int, tm Timer) int {
	reqs, replies := make(chan func() any), make(chan any)
	done := make(chan struct{})
	go func() {
		for f := range reqs {
			replies <- f()
		}
		close(done)
	}()
	snippet := func(i int) func() any { return func() any { return i } }
	// Wait until the server runs, as the loop's benchmark waits for its
	// loop.
	reqs <- snippet(-1)
	<-replies
	ok := 0
	tm.ResetTimer()
	for i := range n {
		reqs <- snippet(i)
		if v := <-replies; v == any(i) {
			ok++
		}
	}
	tm.StopTimer()
	close(reqs)
	<-done
	return ok
}
