package prelude

import (
	"errors"
	"testing"
)

func TestErrorsJoin(t *testing.T) {
	a, b := errors.New("a"), errors.New("b")
	for _, errs := range [][]error{nil, {nil}, {nil, nil}, {a}, {a, nil, b}, {nil, b}, {a, a}} {
		got, want := __errors_Join(errs...), errors.Join(errs...)
		if (got == nil) != (want == nil) {
			t.Fatalf("Join(%v): stand-in %v, real %v", errs, got, want)
		}
		if got == nil {
			continue
		}
		same(t, "Join(...).Error()", got.Error(), want.Error())
		gu := got.(interface{ Unwrap() []error }).Unwrap()
		wu := want.(interface{ Unwrap() []error }).Unwrap()
		same(t, "len(Join(...).Unwrap())", len(gu), len(wu))
		for _, e := range errs {
			same(t, "errors.Is(Join(...), e)", errors.Is(got, e), errors.Is(want, e))
		}
	}
}
