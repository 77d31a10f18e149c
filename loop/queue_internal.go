package loop

import "unsafe"

// item is one entry of the ready queue, two words so that the queue stays
// compact: a callback, a task step, a due timer (its callback, or the
// wake-up of a sleeping task), or a future's done callback (the future and
// the callback's index).
type item struct {
	p    unsafe.Pointer
	kind itemKind
	idx  uint32
}

type itemKind uint8

const (
	kindHandle itemKind = iota
	kindTask
	kindTimer
	kindDone
)

func handleItem(h *Handle) item     { return item{p: unsafe.Pointer(h), kind: kindHandle} }
func taskItem(t *Task) item         { return item{p: unsafe.Pointer(t), kind: kindTask} }
func timerItem(t *TimerHandle) item { return item{p: unsafe.Pointer(t), kind: kindTimer} }
func doneItem(f *Future, i int) item {
	return item{p: unsafe.Pointer(f), kind: kindDone, idx: uint32(i)}
}

// ring is a FIFO of items backed by a power-of-two circular buffer.
type ring struct {
	buf        []item
	head, size int
}

func (r *ring) len() int { return r.size }

func (r *ring) push(it item) {
	if r.size == len(r.buf) {
		r.grow()
	}
	r.buf[(r.head+r.size)&(len(r.buf)-1)] = it
	r.size++
}

func (r *ring) pop() item {
	it := r.buf[r.head]
	r.buf[r.head] = item{}
	r.head = (r.head + 1) & (len(r.buf) - 1)
	r.size--
	return it
}

func (r *ring) grow() {
	n := len(r.buf) * 2
	if n == 0 {
		n = 64
	}
	nb := make([]item, n)
	for i := 0; i < r.size; i++ {
		nb[i] = r.buf[(r.head+i)&(len(r.buf)-1)]
	}
	r.buf, r.head = nb, 0
}

// timerHeap is a binary min-heap of timers ordered by deadline, then by
// scheduling order, so timers due at the same instant run FIFO.
type timerHeap []*TimerHandle

func timerLess(a, b *TimerHandle) bool {
	if a.when != b.when {
		return a.when < b.when
	}
	return a.seq < b.seq
}

func (h *timerHeap) push(t *TimerHandle) {
	*h = append(*h, t)
	h.up(len(*h) - 1)
}

func (h *timerHeap) pop() *TimerHandle {
	old := *h
	n := len(old) - 1
	t := old[0]
	old[0] = old[n]
	old[n] = nil
	*h = old[:n]
	if n > 0 {
		h.down(0)
	}
	return t
}

func (h timerHeap) up(j int) {
	for {
		i := (j - 1) / 2
		if i == j || !timerLess(h[j], h[i]) {
			break
		}
		h[i], h[j] = h[j], h[i]
		j = i
	}
}

func (h timerHeap) down(i int) {
	n := len(h)
	for {
		j := 2*i + 1
		if j >= n || j < 0 {
			break
		}
		if r := j + 1; r < n && timerLess(h[r], h[j]) {
			j = r
		}
		if !timerLess(h[j], h[i]) {
			break
		}
		h[i], h[j] = h[j], h[i]
		i = j
	}
}
