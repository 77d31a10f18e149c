package hostrt

import (
	"errors"
	"reflect"
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
// refused (see refuseWrappedJoins).
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

// refuseWrappedJoins panics, saying so, where an argument of Errorf's %w
// (wrapped: that verb's arguments) at pos is the prelude's errors.Join
// result without its methods (the interpreter hands fmt the bare pointer
// from an interface of the program's): errors.Is and As find the methods
// of the errors it holds in the prelude's alone, and a copy is not the
// error they may be asked about. Printed with another verb, it is the
// node fmtDynIn makes of it (joinNode).
func refuseWrappedJoins(pos string, args []any, wrapped map[int]bool) {
	for i := range wrapped {
		if i < len(args) && !IsIfaceWrapper(args[i]) {
			if _, ok := joinedErrors(args[i]); ok {
				panic(joinWrapped(pos))
			}
		}
	}
}
