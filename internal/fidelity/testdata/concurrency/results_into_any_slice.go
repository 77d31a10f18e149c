package main

import (
	"errors"
	"fmt"
	"sync"
)

type User struct {
	ID   int
	Name string
}

type Order struct {
	ID    int
	Total float64
}

var ErrMissing = errors.New("missing")

func main() {
	loaders := []func() (any, error){
		func() (any, error) { return User{1, "ann"}, nil },
		func() (any, error) { return []Order{{7, 9.99}, {8, 1.5}}, nil },
		func() (any, error) { return nil, fmt.Errorf("prefs: %w", ErrMissing) },
		func() (any, error) { return map[string]int{"visits": 3}, nil },
	}
	results := make([]any, len(loaders))
	errs := make([]error, len(loaders))
	var wg sync.WaitGroup
	for i, load := range loaders {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i], errs[i] = load()
		}()
	}
	wg.Wait()
	for i := range results {
		fmt.Printf("%d: %v (%T) err=%v\n", i, results[i], results[i], errs[i])
	}
	fmt.Println(results)
	fmt.Println(errors.Is(errors.Join(errs...), ErrMissing))
	if u, ok := results[0].(User); ok {
		fmt.Printf("%+v %#v\n", u, u)
	}
}
