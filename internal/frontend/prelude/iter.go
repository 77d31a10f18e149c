package prelude

// __iter_Pull is iter.Pull, with a goroutine where Go switches coroutines:
// the iterator runs on it, handing each value over and waiting to be asked
// for the next; a panic in it is raised again by the call of next or stop
// that was waiting. The goroutine starts at once and waits for the first
// call of next (the interpreter loses seq in a goroutine started from
// inside next).
func __iter_Pull[V any](seq func(yield func(V) bool)) (func() (V, bool), func()) {
	item := make(chan V)
	end := make(chan []any) // nil: the iterator returned; {p}: it panicked with p
	more := make(chan bool)
	done := false
	asked := false // next waits for a yield (Go's yieldNext)
	go func() {
		if !<-more {
			end <- nil // stopped before the first next: seq never runs
			return
		}
		stopping := false
		defer func() {
			if p := recover(); p != nil {
				end <- []any{p}
				return
			}
			end <- nil
		}()
		seq(func(v V) bool {
			if stopping {
				return false
			}
			asked = false
			item <- v
			if !<-more {
				stopping = true
				return false
			}
			return true
		})
	}()
	next := func() (V, bool) {
		var zero V
		if done {
			return zero, false
		}
		if asked {
			// Called by the iterator itself (it would wait for itself).
			panic("iter.Pull: next called again before yield")
		}
		asked = true
		more <- true
		select {
		case v := <-item:
			return v, true
		case p := <-end:
			done = true
			if p != nil {
				panic(p[0])
			}
			return zero, false
		}
	}
	stop := func() {
		if done {
			return
		}
		done = true
		more <- false
		for {
			select {
			case <-item:
				more <- false
			case p := <-end:
				if p != nil {
					panic(p[0])
				}
				return
			}
		}
	}
	return next, stop
}

// __iter_Pull2 is iter.Pull2, as __iter_Pull is iter.Pull.
func __iter_Pull2[K, V any](seq func(yield func(K, V) bool)) (func() (K, V, bool), func()) {
	keys := make(chan K)
	vals := make(chan V)
	end := make(chan []any)
	more := make(chan bool)
	done := false
	asked := false // next waits for a yield (Go's yieldNext)
	go func() {
		if !<-more {
			end <- nil
			return
		}
		stopping := false
		defer func() {
			if p := recover(); p != nil {
				end <- []any{p}
				return
			}
			end <- nil
		}()
		seq(func(k K, v V) bool {
			if stopping {
				return false
			}
			asked = false
			keys <- k
			vals <- v
			if !<-more {
				stopping = true
				return false
			}
			return true
		})
	}()
	next := func() (K, V, bool) {
		var zk K
		var zv V
		if done {
			return zk, zv, false
		}
		if asked {
			panic("iter.Pull2: next called again before yield")
		}
		asked = true
		more <- true
		select {
		case k := <-keys:
			v := <-vals // not in the return: the interpreter fails on that
			return k, v, true
		case p := <-end:
			done = true
			if p != nil {
				panic(p[0])
			}
			return zk, zv, false
		}
	}
	stop := func() {
		if done {
			return
		}
		done = true
		more <- false
		for {
			select {
			case <-keys:
				<-vals
				more <- false
			case p := <-end:
				if p != nil {
					panic(p[0])
				}
				return
			}
		}
	}
	return next, stop
}
