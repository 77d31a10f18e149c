package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/asyncrepl/asyncrepl/loop"
)

type Progress struct {
	Done, Total int
	Active      int
	MaxActive   int
}

func (p Progress) String() string {
	return fmt.Sprintf("[%s%s] %d/%d", strings.Repeat("#", p.Done), strings.Repeat(".", p.Total-p.Done), p.Done, p.Total)
}

func main() {
	files := []string{"a.zip", "b.zip", "c.zip", "d.zip", "e.zip"}
	prog := &Progress{Total: len(files)}
	sem := loop.NewSemaphore(2)
	download := func(name string, size int) *loop.Coroutine {
		return loop.Async(func() (any, error) {
			if _, err := loop.Await(sem.Acquire()); err != nil {
				return nil, err
			}
			defer sem.Release()
			prog.Active++
			prog.MaxActive = max(prog.MaxActive, prog.Active)
			_, err := loop.Await(loop.Sleep(time.Duration(size) * time.Second))
			prog.Active--
			prog.Done++
			fmt.Printf("t=%.0f %-6s %v\n", loop.Get().Time(), name, *prog)
			return size, err
		})
	}
	loop.Run(loop.Async(func() (any, error) {
		var aws []loop.Awaitable
		for i, f := range files {
			aws = append(aws, download(f, len(files)-i))
		}
		sizes, err := loop.Await(loop.Gather(aws...))
		fmt.Println(sizes, err, prog.MaxActive, sem.Value())
		return nil, nil
	}))
}
