// Package loop is a stand-in for the real loop package, with the
// signatures the analyzer looks at.
package loop

import (
	"context"
	"time"
)

type Awaitable interface{}

type Coroutine struct{}

type Loop struct{}

type Future struct{}

type Task struct{ Future }

type ConcurrentFuture struct{}

var ErrCancelled error

func Async(fn any) *Coroutine                                        { return nil }
func Sleep(d time.Duration) *Coroutine                               { return nil }
func WaitFor(aw Awaitable, d time.Duration) *Coroutine               { return nil }
func Await(aw Awaitable) (any, error)                                { return nil, nil }
func Run(c *Coroutine, opts ...any) (any, error)                     { return nil, nil }
func Get() *Loop                                                     { return nil }
func CreateTask(c *Coroutine) *Task                                  { return nil }
func RunCoroutineThreadsafe(c *Coroutine, l *Loop) *ConcurrentFuture { return nil }

func (l *Loop) RunUntilComplete(aw Awaitable) (any, error) { return nil, nil }
func (l *Loop) RunForever() error                          { return nil }
func (l *Loop) CreateFuture() *Future                      { return nil }

func (f *Future) Result() (any, error) { return nil, nil }
func (f *Future) Exception() error     { return nil }

func (cf *ConcurrentFuture) Result() (any, error)                           { return nil, nil }
func (cf *ConcurrentFuture) ResultTimeout(d time.Duration) (any, error)     { return nil, nil }
func (cf *ConcurrentFuture) ResultContext(ctx context.Context) (any, error) { return nil, nil }
