package hostrt

import (
	"fmt"
	"maps"
	"reflect"
	"slices"
	"strings"
	"sync"
)

// fmtLater holds what inputs of a session registered for fmt (see the
// front end's lower_fmtlater.go): the conversion of the values of each
// type fmt would print wrongly, for code compiled before the type was
// declared or mentioned, by the name the interpreter gives the type or,
// for a type whose values it holds bare, by their representation, with
// the names of all the types held in interfaces as that representation.
type fmtLater struct {
	mu    sync.Mutex
	named map[string]fmtConvs
	bare  map[reflect.Type]*fmtBare
	// generic are the generic types (main.Box) with methods fmt calls:
	// their instances are not registered (see the front end's
	// lower_fmtlater.go).
	generic map[string]bool
}

// fmtConvs converts a value of a type for fmt below the top and as an
// argument itself (nil: as below), where a pointer to a struct shows its
// fields.
type fmtConvs struct{ below, top func(any) any }

// fmtBare is what fmtLater knows of a representation: the types held as
// it, and the conversions of those fmt would print wrongly.
type fmtBare struct {
	names map[string]bool
	convs map[string]func(any) any
}

func (l *fmtLater) entry(sample any) *fmtBare {
	t := reflect.TypeOf(sample)
	if l.bare == nil {
		l.bare = map[reflect.Type]*fmtBare{}
	}
	e := l.bare[t]
	if e == nil {
		e = &fmtBare{names: map[string]bool{}, convs: map[string]func(any) any{}}
		l.bare[t] = e
	}
	return e
}

// convert returns v converted for fmt, or nil where nothing is
// registered for it.
func (l *fmtLater) convert(pos string, v any, top, shown bool) any {
	pick := func(c fmtConvs) func(any) any {
		if top && c.top != nil {
			return c.top
		}
		return c.below
	}
	l.mu.Lock()
	name := heldName(v)
	conv := pick(l.named[name])
	var e *fmtBare
	if name == "" && v != nil {
		e = l.bare[reflect.TypeOf(v)]
	}
	var names []string
	if e != nil {
		names = slices.Sorted(maps.Keys(e.names))
		if len(names) == 1 {
			conv = e.convs[names[0]]
		}
	}
	// An instance of a generic type with methods fmt calls, which
	// nothing registers.
	generic := ""
	if conv == nil && e == nil && v != nil {
		if g := taggedGeneric(reflect.TypeOf(unwrapHeld(v))); l.generic[g] {
			generic = g
		}
	}
	l.mu.Unlock()
	switch {
	case conv != nil:
		return conv(v)
	case shown:
		return nil
	case generic != "":
		panic(&RuntimeError{Pos: pos, msg: fmt.Sprintf("repl: fmt of a value of an instance of %s, held in an interface, in code compiled before the instance was: the shell cannot call its methods there and would print it wrongly; declare the function printing it again (a generic one under another name), or print the value where its type is known", generic)})
	case e != nil && len(names) > 1 && len(e.convs) > 0:
		panic(&RuntimeError{Pos: pos, msg: fmt.Sprintf("repl: fmt of a value of type %s or %s: the interpreter holds them alike in an interface (as %s), so the shell cannot tell which this is and would print it wrongly; print the value where its type is known (before it is put in an interface)",
			strings.Join(names[:len(names)-1], ", "), names[len(names)-1], reflect.TypeOf(v))})
	}
	return nil
}

func (h *Helpers) fmtLaterExports() map[string]reflect.Value {
	l := &h.fmtLater
	return map[string]reflect.Value{
		// The conversion of the values of a type held by its name.
		"FmtRegister": reflect.ValueOf(func(name string, below, top func(any) any) bool {
			l.mu.Lock()
			defer l.mu.Unlock()
			if l.named == nil {
				l.named = map[string]fmtConvs{}
			}
			l.named[name] = fmtConvs{below, top}
			return true
		}),
		// The conversion of the values of a type held bare (sample is
		// one), and the other types held as its representation.
		"FmtRegisterBare": reflect.ValueOf(func(sample any, name string, others []string, conv func(any) any) bool {
			l.mu.Lock()
			defer l.mu.Unlock()
			e := l.entry(sample)
			e.names[name] = true
			for _, o := range others {
				e.names[o] = true
			}
			e.convs[name] = conv
			return true
		}),
		// A generic type with methods fmt calls.
		"FmtGeneric": reflect.ValueOf(func(name string) bool {
			l.mu.Lock()
			defer l.mu.Unlock()
			if l.generic == nil {
				l.generic = map[string]bool{}
			}
			l.generic[name] = true
			return true
		}),
		// A type held bare as the representation of sample, which fmt
		// prints as it is.
		"FmtHold": reflect.ValueOf(func(sample any, name string) bool {
			l.mu.Lock()
			defer l.mu.Unlock()
			l.entry(sample).names[name] = true
			return true
		}),
		// v, a value held in an interface that the code printing it at
		// pos does not know (top: as an argument itself), converted by
		// what was registered, or nil.
		"FmtLater": reflect.ValueOf(func(pos string, v any, top bool) any { return l.convert(pos, v, top, false) }),
		// The same for the session's display of a result or a variable,
		// which names every type the value may be: nil where it cannot
		// tell.
		"FmtLaterShown": reflect.ValueOf(func(v any, top bool) any { return l.convert("", v, top, true) }),
	}
}
