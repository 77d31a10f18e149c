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

// ring is the FIFO of ready items, kept in fixed-size blocks chained in a
// list. A growing circular buffer would copy everything queued at each
// doubling (with a million callbacks queued, 16 MB copied item by item,
// each copy a write barrier while the collector runs, and a large buffer
// for the collector to rescan); blocks are never copied, and emptied
// blocks are kept on a free list for reuse.
type ring struct {
	head, tail *ringBlock
	hi, ti     int // next pop index in head, next push index in tail
	size       int
	free       *ringBlock // emptied blocks, for reuse (at most ringKeep)
	nfree      int
}

const (
	ringBlockLen = 255 // 4 KiB per block with its next pointer (256 would take the 4864 B size class)
	ringKeep     = 64  // free blocks kept: 256 KiB at most
)

type ringBlock struct {
	items [ringBlockLen]item
	next  *ringBlock
}

func (r *ring) len() int { return r.size }

func (r *ring) push(it item) {
	if r.tail == nil || r.ti == ringBlockLen {
		r.addBlock()
	}
	r.tail.items[r.ti] = it
	r.ti++
	r.size++
}

// addBlock chains a block (from the free list if any) after the tail.
func (r *ring) addBlock() {
	b := r.free
	if b != nil {
		r.free, b.next = b.next, nil
		r.nfree--
	} else {
		b = new(ringBlock)
	}
	if r.tail == nil {
		r.head, r.hi = b, 0
	} else {
		r.tail.next = b
	}
	r.tail, r.ti = b, 0
}

func (r *ring) pop() item {
	b := r.head
	it := b.items[r.hi]
	b.items[r.hi] = item{}
	r.hi++
	r.size--
	switch {
	case r.size == 0:
		// The last item was in the only block left: rewind it in place.
		r.hi, r.ti = 0, 0
	case r.hi == ringBlockLen:
		r.head, r.hi = b.next, 0
		b.next = nil
		if r.nfree < ringKeep {
			b.next, r.free = r.free, b
			r.nfree++
		}
	}
	return it
}

// timerHeap is a 4-ary min-heap of timers ordered by deadline, then by
// scheduling order, so timers due at the same instant run FIFO. The keys
// are copied into the heap's own array: sifting then compares contiguous
// memory instead of following a pointer to each TimerHandle (with a large
// heap, every one of those is a cache miss). Four children per node halve
// the depth of a binary heap, and the four share one or two cache lines.
// A sifted entry is moved once, to its final place, rather than swapped at
// each level.
type timerHeap []timerEntry

// timerEntry is a timer's place in the heap: its keys and the handle. The
// keys never change while the timer is in the heap (SetClock shifts both
// copies of when).
type timerEntry struct {
	when float64
	seq  uint64
	t    *TimerHandle
}

func (a *timerEntry) less(b *timerEntry) bool {
	if a.when != b.when {
		return a.when < b.when
	}
	return a.seq < b.seq
}

func (h *timerHeap) push(t *TimerHandle, seq uint64) {
	*h = append(*h, timerEntry{when: t.when, seq: seq, t: t})
	h.up(len(*h) - 1)
}

func (h *timerHeap) pop() *TimerHandle {
	old := *h
	n := len(old) - 1
	t := old[0].t
	old[0] = old[n]
	old[n] = timerEntry{}
	*h = old[:n]
	if n > 0 {
		h.down(0)
	}
	return t
}

func (h timerHeap) up(j int) {
	e := h[j]
	for j > 0 {
		i := (j - 1) / 4
		if !e.less(&h[i]) {
			break
		}
		h[j] = h[i]
		j = i
	}
	h[j] = e
}

func (h timerHeap) down(i int) {
	n := len(h)
	e := h[i]
	for {
		j := 4*i + 1
		if j >= n || j < 0 {
			break
		}
		m := j
		for k := j + 1; k < j+4 && k < n; k++ {
			if h[k].less(&h[m]) {
				m = k
			}
		}
		if !h[m].less(&e) {
			break
		}
		h[i] = h[m]
		i = m
	}
	h[i] = e
}

// heapify restores the heap order of the whole array.
func (h timerHeap) heapify() {
	for i := (len(h) - 2) / 4; i >= 0 && len(h) > 1; i-- {
		h.down(i)
	}
}
