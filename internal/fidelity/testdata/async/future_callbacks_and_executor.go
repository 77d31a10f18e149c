package main

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/asyncrepl/asyncrepl/loop"
)

type Report struct {
	Lines int
	Words int
}

func count(text string) Report {
	return Report{len(strings.Split(text, "\n")), len(strings.Fields(text))}
}

func main() {
	l := loop.New()
	var events []string
	fut := l.CreateFuture()
	fut.AddDoneCallback(func(f *loop.Future) {
		v, err := f.Result()
		events = append(events, fmt.Sprintf("done: %v %v", v, err))
	})
	l.CallLater(2*time.Second, func() { fut.SetResult(Report{1, 2}) })
	l.CallSoon(func() { events = append(events, "soon") })
	res, err := l.RunUntilComplete(loop.Async(func() (any, error) {
		v, err := loop.Await(fut)
		if err != nil {
			return nil, err
		}
		r := v.(Report)
		job, err := loop.Await(l.RunInExecutor(func() (any, error) {
			return count("a b c\nd e\nf"), nil
		}))
		if err != nil {
			return nil, err
		}
		r2 := job.(Report)
		return Report{r.Lines + r2.Lines, r.Words + r2.Words}, nil
	}))
	fmt.Printf("%+v %v\n", res, err)
	fmt.Println(strings.Join(events, "; "))
	f2 := l.CreateFuture()
	f2.SetException(errors.New("no data"))
	_, err = l.RunUntilComplete(f2)
	fmt.Println(err, f2.Done(), f2.Exception())
	fmt.Println(f2.SetResult(1) != nil, errors.Is(f2.SetResult(1), loop.ErrInvalidState))
	l.Close()
}
