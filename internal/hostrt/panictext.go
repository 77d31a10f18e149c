package hostrt

import (
	"fmt"
	"io"
	"reflect"
	"strconv"
	"strings"
	"unsafe"
)

// PanicText is v as Go's runtime prints the value of a panic nobody
// recovered (runtime.printpanicval, after preprintpanics called its Error
// or String method), from v's own type: an error's or a Stringer's text; a
// value of a predeclared basic type as itself; one of a named basic type
// as a conversion (main.Plain(3), main.Str("x")); any other as its type
// and the address the interface holds ((main.S) 0xc000012345), which
// varies from run to run as Go's does. A newline in the text is followed
// by a tab, as the runtime indents it.
func PanicText(v any) string { return panicText(v, "", nil) }

// panicText is PanicText with what the interpreter's value does not carry
// of a value of the program's types: typ, its type's name ("" for
// reflection's), and str, its String method (nil for none).
func panicText(v any, typ string, str func() string) (text string) {
	v = PanicValue(v)
	defer func() {
		if r := recover(); r != nil {
			// The runtime's throw, which ends the program whatever the
			// method panicked with.
			text = "panic while printing panic value: " + fmt.Sprint(r)
		}
		text = strings.ReplaceAll(text, "\n", "\n\t")
	}()
	switch x := v.(type) {
	case nil:
		return "nil"
	case error:
		return x.Error()
	case fmt.Stringer:
		if str == nil {
			return x.String()
		}
	}
	if str != nil {
		return str()
	}
	rv := reflect.ValueOf(v)
	if typ == "" {
		typ = rv.Type().String()
	}
	predeclared := typ == rv.Kind().String()
	var val string
	switch rv.Kind() {
	case reflect.Bool:
		val = strconv.FormatBool(rv.Bool())
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		val = strconv.FormatInt(rv.Int(), 10)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		val = strconv.FormatUint(rv.Uint(), 10)
	case reflect.Float32, reflect.Float64:
		val = strconv.FormatFloat(rv.Float(), 'g', -1, rv.Type().Bits())
	case reflect.Complex64, reflect.Complex128:
		val = strconv.FormatComplex(rv.Complex(), 'g', -1, rv.Type().Bits())
		if !predeclared {
			return typ + val // main.C(1+2i): the parentheses are the number's
		}
		return val
	case reflect.String:
		if predeclared {
			return rv.String()
		}
		return typ + `("` + rv.String() + `")`
	default:
		// The data word of the interface, as printanycustomtype prints it.
		return fmt.Sprintf("(%s) %#x", typ, uintptr((*[2]unsafe.Pointer)(unsafe.Pointer(&v))[1]))
	}
	if predeclared {
		return val
	}
	return typ + "(" + val + ")"
}

// DeferredPanics holds the panic of a deferred function, caught where it
// was raised, until the calls deferred before it have run (see
// lower_deferpanic.go): one for each call of a function that defers
// one. It runs on the goroutine of that call.
type DeferredPanics struct {
	h   *Helpers
	fn  string // the function, as the interpreter names it in a trace
	v   any
	pos string // where v was raised
	set bool
}

// Catch calls f, the panic statement at pos of a deferred function, and
// reports whether it panicked, keeping the value for Raise; a later panic
// of a deferred call takes the place of an earlier one, as in Go.
func (d *DeferredPanics) Catch(pos string, f func()) (caught bool) {
	returned := false
	defer func() {
		if returned {
			return
		}
		if r := recover(); r != nil {
			d.v, d.pos, d.set, caught = r, pos, true, true
			d.trace(recoveredMark) // the lines so far are of a panic Raise replaces
		} // else runtime.Goexit, which goes on
	}()
	f()
	returned = true
	return false
}

// Recover is recover() in a deferred function of the function: the value
// Catch kept, if any, which the call recovers as Go's recover would (a
// later panic of a deferred call takes the place of an earlier one, also
// of the one v, the interpreter's recover, stopped), or v.
func (d *DeferredPanics) Recover(v any) any {
	if !d.set {
		return v
	}
	d.set = false
	return d.v
}

// Raise panics again with the value Catch kept, if any: it is the call
// the function deferred first, so the last to run. The interpreter writes
// no trace line for the function whose deferred calls Raise leaves: Raise
// writes it.
func (d *DeferredPanics) Raise() {
	if !d.set {
		return
	}
	d.set = false
	d.trace(frameMark + d.pos + "\x00" + d.fn + "\n")
	// The report places the panic at its statement, not at the
	// function's first, where its panic call noted no place of its own
	// (a deferred literal's panic(v) did: it stays).
	v := PanicValue(d.v)
	d.h.Mu.Lock()
	noted := d.h.panicPos != "" && samePanic(v, d.h.panicVal)
	d.h.Mu.Unlock()
	if !noted {
		d.h.notePanic(d.pos, v, "", nil, false)
	}
	panic(d.v)
}

// trace writes line to the interpreter's standard error, which the
// session reads panics' trace lines from (see PanicTrace).
func (d *DeferredPanics) trace(line string) {
	if d.h.Stderr != nil {
		io.WriteString(d.h.Stderr, line) //nolint:errcheck // best effort, as the trace is
	}
}
