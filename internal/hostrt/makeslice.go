package hostrt

import "math"

// maxAlloc is the largest allocation Go's runtime makes on 64-bit
// platforms (1<<48 bytes); make of a larger slice panics.
const maxAlloc = 1 << 48

// makeSize returns n, the length (what "len") or capacity ("cap") of a
// slice of elements of size bytes, when make can allocate it; else it
// panics as Go's makeslice (or growslice) does (see lower_makeslice.go).
func makeSize(n uint64, negative bool, size int64, what string) int {
	if negative || n > math.MaxInt || (size > 0 && n > maxAlloc/uint64(size)) {
		panic(&RuntimeError{msg: "runtime error: " + what + " out of range", kind: panicMake})
	}
	return int(n)
}

func makeLen(n, size int64) int         { return makeSize(uint64(n), n < 0, size, "makeslice: len") }
func makeLenU(n uint64, size int64) int { return makeSize(n, false, size, "makeslice: len") }
func makeCap(n, size int64) int         { return makeSize(uint64(n), n < 0, size, "makeslice: cap") }
func makeCapU(n uint64, size int64) int { return makeSize(n, false, size, "makeslice: cap") }

// growLen checks the length of append(s, make([]T, n)...): a negative n
// (or one above math.MaxInt, which Go's int makes negative) panics as
// makeslice does, one too large as growslice does.
func growLen(n, size int64) int {
	if n < 0 {
		return makeLen(n, size)
	}
	return makeSize(uint64(n), false, size, "growslice: len")
}

func growLenU(n uint64, size int64) int {
	if n > math.MaxInt {
		return makeLenU(n, size)
	}
	return makeSize(n, false, size, "growslice: len")
}
