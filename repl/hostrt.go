package repl

import "github.com/asyncrepl/asyncrepl/internal/hostrt"

// The host runtime (package hostrt) under the names the session uses for
// it.

type (
	helpers       = hostrt.Helpers
	safepoints    = hostrt.Safepoints
	panicTrace    = hostrt.PanicTrace
	traceFrame    = hostrt.TraceFrame
	runtimeError  = hostrt.RuntimeError
	interrupted   = hostrt.Interrupted
	stackOverflow = hostrt.StackOverflow
	panicKind     = hostrt.PanicKind
)

const helperPath = hostrt.Path

const (
	panicOther    = hostrt.PanicOther
	panicIndex    = hostrt.PanicIndex
	panicSlice    = hostrt.PanicSlice
	panicNilMap   = hostrt.PanicNilMap
	panicNilDeref = hostrt.PanicNilDeref
	panicNilCall  = hostrt.PanicNilCall
	panicMake     = hostrt.PanicMake
	panicDivide   = hostrt.PanicDivide
	panicAssert   = hostrt.PanicAssert
	panicClose    = hostrt.PanicClose
)

var (
	exiting       = &hostrt.Exiting
	newSafepoints = hostrt.NewSafepoints
	heldErrorName = hostrt.HeldErrorName
	isWrapper     = hostrt.IsWrapper
	wrapped       = hostrt.Wrapped
	frameName     = hostrt.FrameName
	inGoWords     = hostrt.InGoWords
	kindOf        = hostrt.KindOf
	goroutineID   = hostrt.GoroutineID
)
