package hostrt

import (
	"errors"
	"reflect"
	"slices"
	"strings"
)

// The front end's errors.Join is the prelude's (frontend/prelude/errors.go):
// its result, a pointer to an interpreted struct whose one field holds the
// errors, keeps the methods errors.Is and As look for on each of them.
// Held in an interface of the program's (a value asserted to interface{
// Unwrap() []error }), it reaches compiled code as the interpreter's own
// interface value, which fmt printed as the struct's pointers, and whose
// type reflection names *main.__errors_joinError.

// joinErrorName is Go's name of the type of errors.Join's result.
const joinErrorName = "*errors.joinError"

// joinedErrors returns the errors of v, where v is the prelude's
// errors.Join result, bare, in a compiled interface's wrapper or in the
// interpreter's interface value.
func joinedErrors(v any) ([]error, bool) {
	rv := reflect.ValueOf(Wrapped(unwrapHeld(v)))
	if rv.Kind() != reflect.Pointer || rv.IsNil() || rv.Elem().Kind() != reflect.Struct {
		return nil, false
	}
	t := rv.Elem().Type()
	if t.NumField() != 1 || !strings.HasSuffix(t.Field(0).Name, "__errors_joined") {
		return nil, false
	}
	errs, ok := readable(rv.Elem().Field(0)).Interface().([]error)
	return errs, ok
}

// joinNode is the node of the prelude's errors.Join result of errs, held
// in an interface of the program's without its methods (see fmtDynIn): as
// fmt prints errors.Join's, which is what it holds. Errorf's %w of it is
// refused (see printedJoins).
func joinNode(errs []error) *fmtNode {
	j := errors.Join(errs...)
	return &fmtNode{typ: joinErrorName, kind: 'b', raw: j, err: j.Error, asErr: errJoinWrapped}
}

// errJoinWrapped marks the node's asErr: Errorf's %w of the value is
// refused (joinWrapped), as a copy of it would not be the error errors.Is
// is asked about.
var errJoinWrapped = errors.New("hostrt: errors.Join's result held without its methods")

// joinWrapped is the refusal of Errorf's %w, at pos, of the prelude's
// errors.Join result held in an interface of the program's.
func joinWrapped(pos string) *RuntimeError {
	return refused(&RuntimeError{Pos: pos, msg: "repl: fmt.Errorf's %w of errors.Join's result held in an interface the program declares (such as interface{ Unwrap() []error }): the shell cannot hand it on as the error it is; assert it to error first (x.(error))"})
}

// printedJoins returns args, the arguments of a call of fmt's or log's
// printing functions, with each that is the prelude's errors.Join result
// without its methods (an argument, or an element of a []any one: the
// interpreter hands fmt the bare pointer or its own interface value)
// replaced by errors.Join of its errors, which fmt prints as Go prints the
// result (its type, its messages one a line). Errorf's %w of one
// (wrapped: that verb's arguments) is refused, at pos: errors.Is and As
// find the methods of the errors it holds in the prelude's alone, and a
// copy is not the error they may be asked about. args is copied where it
// changes.
func printedJoins(pos string, args []any, wrapped map[int]bool) []any {
	out := args
	set := func(i int, v any) {
		if len(out) > 0 && &out[0] == &args[0] {
			out = slices.Clone(args)
		}
		out[i] = v
	}
	for i, a := range args {
		if wrapped[i] {
			if _, ok := joinedErrors(a); ok && !IsIfaceWrapper(a) {
				panic(joinWrapped(pos))
			}
			continue
		}
		if s, ok := a.([]any); ok {
			if c := printedJoins(pos, s, nil); len(c) > 0 && &c[0] != &s[0] {
				set(i, c)
			}
			continue
		}
		if IsIfaceWrapper(a) {
			continue // fmt calls the wrapper's Error method
		}
		if errs, ok := joinedErrors(a); ok {
			set(i, errors.Join(errs...))
		}
	}
	return out
}
