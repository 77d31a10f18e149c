package hostrt

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
)

// slogValue stands, in log/slog, for a value of an interpreted type with
// an Error or String method (see the frontend's lower_slog.go): the
// interpreter hands slog the value without its methods. slog's
// TextHandler prints a value with %+v, which calls Format here, and its
// JSONHandler encodes a json.Marshaler with MarshalJSON: each writes
// what the handler writes for the value itself in Go.
//
// It is held as the interpreter's wrappers of interface values are (a
// struct with the value in IValue), so that interpreted code that takes
// the value back out of a slog.Value (an assertion in a ReplaceAttr
// function) finds it.
type slogValue struct {
	IValue any           // the value as the interpreter hands it over
	bare   any           // and as the value it represents
	isNil  bool          // a nil pointer
	method string        // "Error" or "String" ("": the text of a value without them)
	text   func() string // the method
	// json is the value converted for encoding/json (a jsonNode: see
	// helpers_json.go), nil when bare encodes as the value does.
	json any
}

// Format writes the text fmt's %+v (or %v, %s) gives the value: its
// method's, "<nil>" for a nil pointer whose method panics, the panic in
// fmt's words for another. Other verbs print the value without calling
// the method, as fmt does.
func (v slogValue) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v', 's':
		fmt.Fprint(f, showMethod(v.method, v.isNil, v.text))
	default:
		fmt.Fprintf(f, fmt.FormatString(f, verb), v.bare)
	}
}

// MarshalJSON returns what slog's JSONHandler writes for the value: the
// text of Error as a JSON string (a panic as slog reports it), or the
// value as encoding/json encodes it (a String method is not called).
func (v slogValue) MarshalJSON() (out []byte, err error) {
	if v.method == "Error" {
		var s string
		func() {
			defer func() {
				if r := recover(); r != nil {
					if v.isNil {
						s = "<nil>"
					} else {
						s = fmt.Sprintf("!PANIC: %v", r)
					}
				}
			}()
			s = v.text()
		}()
		return slogJSON(s), nil
	}
	x := v.bare
	if v.json != nil {
		x = v.json
	}
	b, err := withNode(x, func(x any) ([]byte, error) {
		var b bytes.Buffer
		enc := json.NewEncoder(&b)
		enc.SetEscapeHTML(false)
		err := enc.Encode(x)
		return b.Bytes(), err
	})
	if err != nil {
		return slogJSON("!ERROR:" + err.Error()), nil
	}
	return bytes.TrimSuffix(b, []byte("\n")), nil
}

// slogJSON is s as a JSON string, escaped as slog escapes it (HTML's
// characters left as they are).
func slogJSON(s string) []byte {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.Encode(s) //nolint:errcheck // a string always encodes
	return bytes.TrimSuffix(b.Bytes(), []byte("\n"))
}

// slogExports are the constructors of slogValue the lowered code calls.
func slogExports() map[string]reflect.Value {
	return map[string]reflect.Value{
		"SlogValue": reflect.ValueOf(func(bare any, isNil bool, method string, text func() string, jsonNode any) any {
			return slogValue{IValue: bare, bare: Wrapped(bare), isNil: isNil, method: method, text: text, json: jsonNode}
		}),
		// A value fmt's %+v prints as node, a tree of fmtNodes, prints.
		"SlogFields": reflect.ValueOf(func(bare any, isNil bool, node, jsonNode any) any {
			return slogValue{IValue: bare, bare: Wrapped(bare), isNil: isNil, text: func() string { return fmt.Sprintf("%+v", node) }, json: jsonNode}
		}),
	}
}
