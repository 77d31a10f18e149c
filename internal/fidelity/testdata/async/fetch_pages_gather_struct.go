package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/asyncrepl/asyncrepl/loop"
)

type Page struct {
	URL    string
	Status int
	Bytes  int
}

var ErrNotFound = errors.New("404 not found")

func fetch(url string, delay time.Duration) *loop.Coroutine {
	return loop.Async(func() (any, error) {
		if _, err := loop.Await(loop.Sleep(delay)); err != nil {
			return nil, err
		}
		if url == "/missing" {
			return nil, fmt.Errorf("fetch %s: %w", url, ErrNotFound)
		}
		return Page{URL: url, Status: 200, Bytes: len(url) * 100}, nil
	})
}

func main() {
	res, err := loop.Run(loop.Async(func() (any, error) {
		start := loop.Get().Time()
		vals, err := loop.Await(loop.Gather(
			fetch("/", 300*time.Millisecond),
			fetch("/about", 100*time.Millisecond),
			fetch("/blog", 200*time.Millisecond),
		))
		if err != nil {
			return nil, err
		}
		total := 0
		for _, v := range vals.([]any) {
			p := v.(Page)
			total += p.Bytes
			fmt.Printf("%+v\n", p)
		}
		fmt.Printf("took %.1fs\n", loop.Get().Time()-start)
		_, err = loop.Await(loop.Gather(fetch("/ok", time.Millisecond), fetch("/missing", time.Millisecond)))
		fmt.Println("second gather:", err, errors.Is(err, ErrNotFound))
		return total, nil
	}))
	fmt.Println(res, err)
}
