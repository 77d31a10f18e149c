package loop

// Stack hints: a goroutine starts with a small stack (2 KiB, or the
// runtime's running average of what goroutines used) and doubles it each
// time a call needs more, copying the whole stack and fixing every frame
// in it. Code that goes deep at once, an interpreter above all (every call
// from interpreted code into Go passes through reflection frames of a few
// KiB), pays two or three such copies per task, each dearer the deeper the
// stack is when it happens. A task whose coroutine carries a hint grows
// its stack in one step at its start instead, where the stack holds a
// handful of frames.

// StackHint tells the loop that the coroutine's code needs about n bytes
// of goroutine stack (an interpreter's code, deep recursion). The task
// that runs it grows its goroutine's stack to that size once, before the
// coroutine's function starts, rather than by repeated doubling in the
// middle of deep calls. n is rounded up to 4, 8, 16, 32 or 64 KiB; n <= 0
// removes the hint. The hint applies when the coroutine runs as a task
// (CreateTask, Gather, ...); awaited inline, it runs on the awaiting
// task's stack. Safe from any goroutine before the coroutine is scheduled
// or awaited. It returns c.
func (c *Coroutine) StackHint(n int) *Coroutine {
	if c == sleep0 {
		return c
	}
	c.stack = 0
	if n > 0 {
		c.stack = 1
		for size := 4 << 10; size < n && c.stack < stackClasses; size <<= 1 {
			c.stack++
		}
	}
	return c
}

// stackClasses is the number of stack sizes StackHint knows: class k is
// 2<<k KiB.
const stackClasses = 5

// growStack grows the calling goroutine's stack to 2<<class KiB (class
// 1..5), if it is smaller. Each variant has a frame of that size less
// 2 KiB: room for the frames under it (a task's goroutine has a few
// hundred bytes of them) and the runtime's guard, so that the one growth
// its prologue triggers lands on exactly that size. When the stack is big
// enough already, it costs clearing the frame.
func growStack(class uint8) {
	switch class {
	case 1:
		growStack4K()
	case 2:
		growStack8K()
	case 3:
		growStack16K()
	case 4:
		growStack32K()
	case 5:
		growStack64K()
	}
}

//go:noinline
func growStack4K() {
	var buf [2 << 10]byte
	touchStack(buf[:])
}

//go:noinline
func growStack8K() {
	var buf [6 << 10]byte
	touchStack(buf[:])
}

//go:noinline
func growStack16K() {
	var buf [14 << 10]byte
	touchStack(buf[:])
}

//go:noinline
func growStack32K() {
	var buf [30 << 10]byte
	touchStack(buf[:])
}

//go:noinline
func growStack64K() {
	var buf [62 << 10]byte
	touchStack(buf[:])
}

// touchStack keeps its argument, a buffer on the caller's stack, from
// being optimised away.
//
//go:noinline
func touchStack(b []byte) {
	if len(b) > 0 {
		b[0] = 1
	}
}
