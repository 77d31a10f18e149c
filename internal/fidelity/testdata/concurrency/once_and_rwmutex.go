package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Registry struct {
	once  sync.Once
	mu    sync.RWMutex
	items map[string]int
	loads atomic.Int32
}

func (r *Registry) init() {
	r.once.Do(func() {
		r.loads.Add(1)
		r.items = map[string]int{"base": 1}
	})
}

func (r *Registry) Get(k string) (int, bool) {
	r.init()
	r.mu.RLock()
	defer r.mu.RUnlock()
	v, ok := r.items[k]
	return v, ok
}

func (r *Registry) Set(k string, v int) {
	r.init()
	r.mu.Lock()
	r.items[k] = v
	r.mu.Unlock()
}

func main() {
	var r Registry
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if i%2 == 0 {
				r.Set(fmt.Sprintf("k%d", i%4), i)
			} else {
				r.Get("base")
			}
		}()
	}
	wg.Wait()
	v, ok := r.Get("base")
	_, ok2 := r.Get("k1")
	fmt.Println(v, ok, ok2, len(r.items), r.loads.Load())
	var n atomic.Int64
	var wg2 sync.WaitGroup
	for i := 1; i <= 100; i++ {
		wg2.Add(1)
		go func() { defer wg2.Done(); n.Add(int64(i)) }()
	}
	wg2.Wait()
	fmt.Println(n.Load())
}
