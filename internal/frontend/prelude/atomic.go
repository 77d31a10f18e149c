package prelude

import __p_sync "sync"

// __atomic_Pointer is sync/atomic.Pointer: the interpreter's symbol tables
// skip generic types. A mutex makes each method atomic.
type __atomic_Pointer[T any] struct {
	mu __p_sync.Mutex
	v  *T
}

func (x *__atomic_Pointer[T]) Load() *T {
	x.mu.Lock()
	defer x.mu.Unlock()
	return x.v
}

func (x *__atomic_Pointer[T]) Store(val *T) {
	x.mu.Lock()
	defer x.mu.Unlock()
	x.v = val
}

func (x *__atomic_Pointer[T]) Swap(new *T) (old *T) {
	x.mu.Lock()
	defer x.mu.Unlock()
	old, x.v = x.v, new
	return old
}

func (x *__atomic_Pointer[T]) CompareAndSwap(old, new *T) (swapped bool) {
	x.mu.Lock()
	defer x.mu.Unlock()
	if x.v != old {
		return false
	}
	x.v = new
	return true
}
