package loop_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/asyncrepl/asyncrepl/loop"
)

func TestQueueFIFOGettersAndPutters(t *testing.T) {
	t.Parallel()
	l, _ := newLoop(t)
	tr := &trace{}
	_, err := run(t, l, func() (any, error) {
		q := loop.NewQueue(2)
		getter := func(n string) *loop.Task {
			return l.CreateTask(loop.Async(func() error {
				v, err := loop.Await(q.Get())
				tr.add("%s got %v", n, v)
				return err
			}))
		}
		putter := func(v int) *loop.Task {
			return l.CreateTask(loop.Async(func() error {
				_, err := loop.Await(q.Put(v))
				tr.add("put %d", v)
				return err
			}))
		}
		// Getters wait on the empty queue and are served in order.
		g1, g2 := getter("g1"), getter("g2")
		sleep(0)
		q.PutNowait(1)
		q.PutNowait(2)
		loop.Await(loop.Gather(g1, g2))
		// Putters wait on the full queue and are served in order.
		q.PutNowait(10)
		q.PutNowait(20)
		if !q.Full() || q.Qsize() != 2 || q.Maxsize() != 2 {
			return nil, fmt.Errorf("full=%v qsize=%d maxsize=%d", q.Full(), q.Qsize(), q.Maxsize())
		}
		if err := q.PutNowait(99); !errors.Is(err, loop.ErrQueueFull) {
			return nil, fmt.Errorf("PutNowait on a full queue: %v", err)
		}
		p3, p4 := putter(30), putter(40)
		sleep(0)
		for range 4 {
			v, _ := q.GetNowait()
			tr.add("took %v", v)
			sleep(0)
		}
		loop.Await(loop.Gather(p3, p4))
		if _, err := q.GetNowait(); !errors.Is(err, loop.ErrQueueEmpty) {
			return nil, fmt.Errorf("GetNowait on an empty queue: %v", err)
		}
		if !q.Empty() {
			return nil, errors.New("queue not empty")
		}
		return nil, nil
	})
	if err != nil {
		t.Fatal(err)
	}
	wantOrder(t, tr, "g1 got 1,g2 got 2,took 10,put 30,took 20,put 40,took 30,took 40")
}

func TestQueueCancelledWaiters(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name string
		run  func(l *loop.Loop, q *loop.Queue, tr *trace) error
		want string
	}{
		{"cancelled getter takes nothing", func(l *loop.Loop, q *loop.Queue, tr *trace) error {
			g := func(n string) *loop.Task {
				return l.CreateTask(loop.Async(func() error {
					v, err := loop.Await(q.Get())
					tr.add("%s %v %v", n, v, err)
					return err
				}))
			}
			a, b := g("a"), g("b")
			sleep(0)
			a.Cancel()
			sleep(0)
			q.PutNowait("x")
			_, err := loop.Await(b)
			tr.add("left %d", q.Qsize())
			return err
		}, "a <nil> loop: cancelled,b x <nil>,left 0"},
		{"getter woken then cancelled passes the item on", func(l *loop.Loop, q *loop.Queue, tr *trace) error {
			g := func(n string) *loop.Task {
				return l.CreateTask(loop.Async(func() error {
					v, err := loop.Await(q.Get())
					tr.add("%s %v %v", n, v, err)
					return err
				}))
			}
			a, b := g("a"), g("b")
			sleep(0)
			q.PutNowait("x") // wakes a
			a.Cancel()       // before a runs
			_, err := loop.Await(b)
			loop.Await(loop.GatherReturnExceptions(a))
			return err
		}, "a <nil> loop: cancelled,b x <nil>"},
		{"putter woken then cancelled passes the room on", func(l *loop.Loop, q *loop.Queue, tr *trace) error {
			q.PutNowait("full")
			p := func(v string) *loop.Task {
				return l.CreateTask(loop.Async(func() error {
					_, err := loop.Await(q.Put(v))
					tr.add("put %s %v", v, err)
					return err
				}))
			}
			a, b := p("a"), p("b")
			sleep(0)
			q.GetNowait() // room for a
			a.Cancel()    // before a runs
			_, err := loop.Await(b)
			loop.Await(loop.GatherReturnExceptions(a))
			v, _ := q.GetNowait()
			tr.add("queue had %v", v)
			return err
		}, "put a loop: cancelled,put b <nil>,queue had b"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			l, _ := newLoop(t)
			tr := &trace{}
			_, err := run(t, l, func() (any, error) { return nil, tc.run(l, loop.NewQueue(1), tr) })
			if err != nil {
				t.Fatal(err)
			}
			wantOrder(t, tr, tc.want)
		})
	}
}

func TestQueueJoin(t *testing.T) {
	t.Parallel()
	l, _ := newLoop(t)
	tr := &trace{}
	_, err := run(t, l, func() (any, error) {
		q := loop.NewQueue(0)
		if _, err := loop.Await(q.Join()); err != nil { // nothing put: at once
			return nil, err
		}
		for i := range 3 {
			q.PutNowait(i)
		}
		consumer := l.CreateTask(loop.Async(func() error {
			for {
				v, err := loop.Await(q.Get())
				if err != nil {
					return err
				}
				sleep(time.Second)
				tr.add("done %v", v)
				q.TaskDone()
			}
		}))
		if _, err := loop.Await(q.Join()); err != nil {
			return nil, err
		}
		tr.add("joined at %v", l.Time())
		consumer.Cancel()
		loop.Await(loop.GatherReturnExceptions(consumer))
		if err := q.TaskDone(); !errors.Is(err, loop.ErrInvalidState) {
			return nil, fmt.Errorf("TaskDone too many times: %v", err)
		}
		return nil, nil
	})
	if err != nil {
		t.Fatal(err)
	}
	wantOrder(t, tr, "done 0,done 1,done 2,joined at 3")
}

// nowaitQueue is what Queue, LifoQueue and PriorityQueue share.
type nowaitQueue interface {
	PutNowait(any) error
	GetNowait() (any, error)
}

func TestLifoAndPriorityQueues(t *testing.T) {
	t.Parallel()
	type item struct {
		prio int
		name string
	}
	cases := []struct {
		name string
		q    func() nowaitQueue
		in   []any
		want string
		err  string
	}{
		{"lifo", func() nowaitQueue {
			return loop.NewLifoQueue(0)
		}, []any{1, 2, 3}, "3 2 1", ""},
		{"priority ints", func() nowaitQueue {
			return loop.NewPriorityQueue(0, nil)
		}, []any{5, 1, 4, 2, 3, -7}, "-7 1 2 3 4 5", ""},
		{"priority strings", func() nowaitQueue {
			return loop.NewPriorityQueue(0, nil)
		}, []any{"pear", "apple", "fig"}, "apple fig pear", ""},
		{"priority with less", func() nowaitQueue {
			return loop.NewPriorityQueue(0, func(a, b any) bool { return a.(item).prio < b.(item).prio })
		}, []any{item{3, "c"}, item{1, "a"}, item{2, "b"}}, "{1 a} {2 b} {3 c}", ""},
		{"priority mixed kinds", func() nowaitQueue {
			return loop.NewPriorityQueue(0, nil)
		}, []any{1, "x"}, "1", "loop: PriorityQueue cannot compare string with int"},
		{"priority unordered kind", func() nowaitQueue {
			return loop.NewPriorityQueue(0, nil)
		}, []any{item{}}, "", "loop: PriorityQueue cannot order loop_test.item items"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			q := tc.q()
			var errs []string
			for _, v := range tc.in {
				if err := q.PutNowait(v); err != nil {
					errs = append(errs, err.Error())
				}
			}
			var out []string
			for {
				v, err := q.GetNowait()
				if err != nil {
					break
				}
				out = append(out, fmt.Sprint(v))
			}
			if got := strings.Join(out, " "); got != tc.want {
				t.Errorf("order %q, want %q", got, tc.want)
			}
			if got := strings.Join(errs, ";"); !strings.HasPrefix(got, tc.err) || (tc.err == "") != (got == "") {
				t.Errorf("errors %q, want %q", got, tc.err)
			}
		})
	}
}

func TestQueueErrorsThroughGather(t *testing.T) {
	t.Parallel()
	l, _ := newLoop(t)
	_, err := run(t, l, func() (any, error) {
		q := loop.NewQueue(0)
		boom := errors.New("boom")
		worker := func() *loop.Coroutine {
			return loop.Async(func() error {
				v, err := loop.Await(q.Get())
				if err != nil {
					return err
				}
				if v == "bad" {
					return boom
				}
				return nil
			})
		}
		g := loop.Gather(worker(), worker())
		q.PutNowait("good")
		q.PutNowait("bad")
		_, err := loop.Await(g)
		if !errors.Is(err, boom) {
			return nil, fmt.Errorf("gather gave %v, want boom", err)
		}
		return nil, nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
