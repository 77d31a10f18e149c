package hostrt

// A PanicKind is the kind of operation that raised a run-time panic (see
// KindOf), by which the session finds the line that raised it.
type PanicKind = panicKind

// The kinds of run-time panic.
const (
	PanicOther    = panicOther
	PanicIndex    = panicIndex
	PanicSlice    = panicSlice
	PanicNilMap   = panicNilMap
	PanicNilDeref = panicNilDeref
	PanicNilCall  = panicNilCall
	PanicMake     = panicMake
	PanicDivide   = panicDivide
	PanicAssert   = panicAssert
	PanicClose    = panicClose
	PanicSend     = panicSend
)
