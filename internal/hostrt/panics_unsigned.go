package hostrt

// The bounds checks of slice expressions with an unsigned bound
// (lower_bounds.go): Go's runtime says such a bound as the unsigned number
// it is (s[0:u] with u = 1<<64-1 is out of range [:18446744073709551615]),
// where converted to int it would read -1. Each bound is passed as uint64
// (a signed one converted from its own type, so its sign extends), with a
// bit of unsigned set for each unsigned one, low bound first.

// ubound is a bound of a slice expression with its signedness.
type ubound struct {
	v        uint64
	unsigned bool
}

func (b ubound) neg() bool { return !b.unsigned && int64(b.v) < 0 }

// over reports whether b > n (n at least 0).
func (b ubound) over(n int) bool {
	if b.unsigned {
		return b.v > uint64(n)
	}
	return int64(b.v) > int64(n)
}

// arg returns b as fmt prints it: its value in its own signedness.
func (b ubound) arg() any {
	if b.unsigned {
		return b.v
	}
	return int64(b.v)
}

func bounds(unsigned int, vs ...uint64) []ubound {
	bs := make([]ubound, len(vs))
	for i, v := range vs {
		bs[i] = ubound{v, unsigned&(1<<i) != 0}
	}
	return bs
}

// boundsSliceU is boundsSlice with bounds of any signedness.
func boundsSliceU(lo, hi uint64, n int, capacity bool, unsigned int) int {
	b := bounds(unsigned, lo, hi)
	switch {
	case b[1].neg():
		boundsPanic(panicSlice, "slice bounds out of range [:%d]", b[1].arg())
	case b[1].over(n):
		boundsPanic(panicSlice, "slice bounds out of range [:%d] with %s %d", b[1].arg(), lenWord(capacity), n)
	case b[0].neg():
		boundsPanic(panicSlice, "slice bounds out of range [%d:]", b[0].arg())
	case b[0].v > b[1].v:
		boundsPanic(panicSlice, "slice bounds out of range [%d:%d]", b[0].arg(), b[1].arg())
	}
	return int(lo)
}

// boundsSlice3U is boundsSlice3 with bounds of any signedness.
func boundsSlice3U(lo, hi, max uint64, n int, capacity bool, unsigned int) int {
	b := bounds(unsigned, lo, hi, max)
	switch {
	case b[2].neg():
		boundsPanic(panicSlice, "slice bounds out of range [::%d]", b[2].arg())
	case b[2].over(n):
		boundsPanic(panicSlice, "slice bounds out of range [::%d] with %s %d", b[2].arg(), lenWord(capacity), n)
	case b[1].neg():
		boundsPanic(panicSlice, "slice bounds out of range [:%d:]", b[1].arg())
	case b[1].v > b[2].v:
		boundsPanic(panicSlice, "slice bounds out of range [:%d:%d]", b[1].arg(), b[2].arg())
	case b[0].neg():
		boundsPanic(panicSlice, "slice bounds out of range [%d::]", b[0].arg())
	case b[0].v > b[1].v:
		boundsPanic(panicSlice, "slice bounds out of range [%d:%d:]", b[0].arg(), b[1].arg())
	}
	return int(lo)
}
