package main

import (
	"fmt"
	"time"

	"github.com/asyncrepl/asyncrepl/loop"
)

func main() {
	l := loop.New(loop.WithClock(loop.NewVirtualClock()))
	start := l.Time()
	var stamps []float64
	limited := func(id int) *loop.Coroutine {
		return loop.Async(func() (any, error) {
			if _, err := loop.Await(loop.Sleep(time.Duration(id) * 200 * time.Millisecond)); err != nil {
				return nil, err
			}
			stamps = append(stamps, l.Time()-start)
			return id, nil
		})
	}
	res, err := l.RunUntilComplete(loop.Gather(limited(1), limited(2), limited(3)))
	fmt.Println(res, err)
	for _, s := range stamps {
		fmt.Printf("%.1f ", s)
	}
	fmt.Println()
	l.Close()
}
