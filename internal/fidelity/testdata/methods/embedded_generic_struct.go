package main

import (
	"fmt"
	"sync"
)

type Base[T any] struct {
	mu    sync.Mutex
	items []T
}

func (b *Base[T]) Append(v T) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.items = append(b.items, v)
}

func (b *Base[T]) Len() int { return len(b.items) }

type Named struct {
	Name string
}

func (n Named) Hello() string { return "hello " + n.Name }

type Team struct {
	Named
	Base[string]
	Lead *Named
}

type Greeter interface{ Hello() string }

func main() {
	t := &Team{Named: Named{"core"}, Lead: &Named{"ann"}}
	t.Append("bob")
	t.Append("cid")
	fmt.Println(t.Name, t.Len(), t.items, t.Hello(), t.Lead.Hello())
	var g Greeter = t
	fmt.Println(g.Hello())
	var wg sync.WaitGroup
	for i := range 10 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			t.Append(fmt.Sprint("w", i))
		}()
	}
	wg.Wait()
	fmt.Println(t.Len())
	hello := t.Named.Hello
	t.Name = "renamed"
	fmt.Println(hello(), t.Hello())
	fns := map[string]func() int{"len": t.Len}
	t.Append("last")
	fmt.Println(fns["len"]())
}
