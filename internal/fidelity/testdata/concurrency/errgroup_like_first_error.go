package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
)

type Group struct {
	wg     sync.WaitGroup
	once   sync.Once
	err    error
	cancel context.CancelFunc
}

func WithContext(ctx context.Context) (*Group, context.Context) {
	ctx, cancel := context.WithCancel(ctx)
	return &Group{cancel: cancel}, ctx
}

func (g *Group) Go(f func() error) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		if err := f(); err != nil {
			g.once.Do(func() {
				g.err = err
				g.cancel()
			})
		}
	}()
}

func (g *Group) Wait() error {
	g.wg.Wait()
	g.cancel()
	return g.err
}

type StepError struct{ Step int }

func (e StepError) Error() string { return fmt.Sprintf("step %d failed", e.Step) }

func main() {
	g, ctx := WithContext(context.Background())
	started := make(chan struct{})
	g.Go(func() error {
		<-started
		return StepError{2}
	})
	g.Go(func() error {
		close(started)
		<-ctx.Done()
		return ctx.Err()
	})
	err := g.Wait()
	var se StepError
	fmt.Println(err, errors.As(err, &se), se.Step, ctx.Err())
}
