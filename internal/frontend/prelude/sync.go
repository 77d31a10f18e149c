package prelude

import __p_sync "sync"

func __sync_OnceFunc(f func()) func() {
	var mu __p_sync.Mutex
	done, valid := false, false
	var p any
	return func() {
		mu.Lock()
		defer mu.Unlock()
		if !done {
			done = true
			func() {
				defer func() {
					if !valid {
						p = recover()
					}
				}()
				f()
				valid = true
			}()
		}
		if !valid {
			panic(p)
		}
	}
}

func __sync_OnceValue[T any](f func() T) func() T {
	var mu __p_sync.Mutex
	done, valid := false, false
	var p any
	var result T
	return func() T {
		mu.Lock()
		defer mu.Unlock()
		if !done {
			done = true
			func() {
				defer func() {
					if !valid {
						p = recover()
					}
				}()
				result = f()
				valid = true
			}()
		}
		if !valid {
			panic(p)
		}
		return result
	}
}

func __sync_OnceValues[T1, T2 any](f func() (T1, T2)) func() (T1, T2) {
	var mu __p_sync.Mutex
	done, valid := false, false
	var p any
	var r1 T1
	var r2 T2
	return func() (T1, T2) {
		mu.Lock()
		defer mu.Unlock()
		if !done {
			done = true
			func() {
				defer func() {
					if !valid {
						p = recover()
					}
				}()
				r1, r2 = f()
				valid = true
			}()
		}
		if !valid {
			panic(p)
		}
		return r1, r2
	}
}
