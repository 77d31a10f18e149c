package hostrt

import (
	"bytes"
	"encoding/json"
	"errors"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"unsafe"
)

// jsonNode is a value of the program's types, or one holding such values,
// as encoding/json encodes it (see lower_json.go): the interpreted code
// that hands it to json builds it from the value with the types in hand
// (the fields json encodes, by their JSON names, and the MarshalJSON and
// MarshalText methods json calls), and its encode method writes what
// json.Marshal would have written for the value, HTML characters left for
// the encoder to escape as it is set to.
type jsonNode struct {
	kind   byte   // 'o' object (struct), 'm' map, 'a' array, 'j' MarshalJSON, 't' MarshalText, 'q' a value quoted (,string), 'e' an error
	typ    string // the type as reflect names it, for errors
	keys   []string
	mkeys  []any // a map's keys: strings, integers or 't' nodes
	elems  []any
	method func() ([]byte, error)
	msg    string
}

// jsonMethodError returns json's *MarshalerError for a method of the
// program's types: its type is named as Go names it (reflect cannot name
// it), its method set as json would.
func jsonMethodError(typ, method string, err error) error {
	e := &json.MarshalerError{Type: namedType{reflect.TypeFor[struct{}](), typ}, Err: err}
	if method != "MarshalJSON" {
		if f := reflect.ValueOf(e).Elem().FieldByName("sourceFunc"); f.IsValid() && f.Kind() == reflect.String {
			*(*string)(unsafe.Pointer(f.UnsafeAddr())) = method
		}
	}
	return e
}

// namedType is a reflect.Type that names itself otherwise.
type namedType struct {
	reflect.Type
	name string
}

func (t namedType) String() string { return t.name }

// StandInTypeName returns %T of v, a value of the host runtime's that
// stands for one of Go's (a reflect.Type that names itself otherwise:
// *reflect.rtype), or "" for any other value.
func StandInTypeName(v any) string {
	if _, ok := v.(namedType); ok {
		return "*reflect.rtype"
	}
	return ""
}

// Name and PkgPath are reflection's of a type named so: a defined type of
// the program's (main.Level) has a name and a package, a composite of
// them ([]main.Level) neither.
func (t namedType) Name() string {
	if t.name == t.Type.String() {
		return t.Type.Name()
	}
	if name, ok := strings.CutPrefix(t.name, "main."); ok && !strings.ContainsAny(name[:strings.IndexByte(name+"[", '[')], ".*[]() ") {
		return name
	}
	return ""
}

func (t namedType) PkgPath() string {
	if t.name == t.Type.String() {
		return t.Type.PkgPath()
	}
	if t.Name() != "" {
		return "main"
	}
	return ""
}

// jsonExports are the constructors of jsonNode and the stand-ins of
// json.Marshal, json.MarshalIndent and Encoder.Encode the lowered code
// calls.
func jsonExports() map[string]reflect.Value {
	return map[string]reflect.Value{
		"JSONObject": reflect.ValueOf(func(keys []string, vals []any) any { return &jsonNode{kind: 'o', keys: keys, elems: vals} }),
		"JSONMap": reflect.ValueOf(func(keys, vals []any) any {
			return &jsonNode{kind: 'm', mkeys: keys, elems: vals}
		}),
		"JSONArray": reflect.ValueOf(func(elems []any) any { return &jsonNode{kind: 'a', elems: elems} }),
		"JSONMethod": reflect.ValueOf(func(typ string, f func() ([]byte, error)) any {
			return &jsonNode{kind: 'j', typ: typ, method: f}
		}),
		"JSONText": reflect.ValueOf(func(typ string, f func() ([]byte, error)) any {
			return &jsonNode{kind: 't', typ: typ, method: f}
		}),
		"JSONQuoted": reflect.ValueOf(func(v any) any { return &jsonNode{kind: 'q', elems: []any{v}} }),
		// Whether v, a field with omitzero whose type has no IsZero
		// method, is its type's zero value, as json tells it.
		"JSONIsZero":  reflect.ValueOf(func(v any) bool { return v == nil || reflect.ValueOf(v).IsZero() }),
		"JSONError":   reflect.ValueOf(func(msg string) any { return &jsonNode{kind: 'e', msg: msg} }),
		"JSONMarshal": reflect.ValueOf(jsonMarshal),
		"JSONMarshalIndent": reflect.ValueOf(func(v any, prefix, indent string) ([]byte, error) {
			b, err := jsonMarshal(v)
			if err != nil {
				return nil, err
			}
			var out bytes.Buffer
			if err := json.Indent(&out, b, prefix, indent); err != nil {
				return nil, err
			}
			return out.Bytes(), nil
		}),
		"JSONEncode": reflect.ValueOf(func(enc *json.Encoder, v any) error {
			_, err := withNode(v, func(v any) (struct{}, error) { return struct{}{}, enc.Encode(v) })
			return err
		}),
	}
}

// jsonMarshal is json.Marshal for a value the lowered code converted.
func jsonMarshal(v any) ([]byte, error) { return withNode(v, json.Marshal) }

// withNode calls encode, json's, with v, a value the lowered code
// converted: a node as the JSON it encodes to (which json escapes as it
// is set to), anything else as it is. A node's error is returned as it is,
// not as json's error of a MarshalJSON method.
func withNode[T any](v any, encode func(any) (T, error)) (T, error) {
	if a, ok := v.(*atCall); ok {
		v = a.conv()
	}
	n, ok := v.(*jsonNode)
	if !ok {
		return encode(v)
	}
	var b bytes.Buffer
	if err := n.encode(&b); err != nil {
		var zero T
		return zero, err
	}
	return encode(json.RawMessage(b.Bytes()))
}

// MarshalJSON makes a node that reaches json some other way encode as it
// would.
func (n *jsonNode) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	err := n.encode(&b)
	return b.Bytes(), err
}

func (n *jsonNode) encode(b *bytes.Buffer) error {
	switch n.kind {
	case 'o':
		b.WriteByte('{')
		for i, k := range n.keys {
			if i > 0 {
				b.WriteByte(',')
			}
			writeJSONString(b, k)
			b.WriteByte(':')
			if err := encodeJSON(b, n.elems[i]); err != nil {
				return err
			}
		}
		b.WriteByte('}')
	case 'm':
		type entry struct {
			key string
			val any
		}
		entries := make([]entry, len(n.mkeys))
		for i, k := range n.mkeys {
			switch k := k.(type) {
			case string:
				entries[i].key = k
			case *jsonNode:
				if k.method == nil {
					break // a nil pointer
				}
				text, err := k.method()
				if err != nil {
					return jsonMethodError(k.typ, "MarshalText", err)
				}
				entries[i].key = string(text)
			default:
				rv := reflect.ValueOf(k)
				switch {
				case rv.CanInt():
					entries[i].key = strconv.FormatInt(rv.Int(), 10)
				case rv.CanUint():
					entries[i].key = strconv.FormatUint(rv.Uint(), 10)
				}
			}
			entries[i].val = n.elems[i]
		}
		slices.SortFunc(entries, func(a, b entry) int { return strings.Compare(a.key, b.key) })
		b.WriteByte('{')
		for i, e := range entries {
			if i > 0 {
				b.WriteByte(',')
			}
			writeJSONString(b, e.key)
			b.WriteByte(':')
			if err := encodeJSON(b, e.val); err != nil {
				return err
			}
		}
		b.WriteByte('}')
	case 'a':
		b.WriteByte('[')
		for i, e := range n.elems {
			if i > 0 {
				b.WriteByte(',')
			}
			if err := encodeJSON(b, e); err != nil {
				return err
			}
		}
		b.WriteByte(']')
	case 'j':
		out, err := n.method()
		if err == nil {
			err = json.Compact(b, out)
		}
		if err != nil {
			return jsonMethodError(n.typ, "MarshalJSON", err)
		}
	case 't':
		text, err := n.method()
		if err != nil {
			return jsonMethodError(n.typ, "MarshalText", err)
		}
		writeJSONString(b, string(text))
	case 'q':
		var inner bytes.Buffer
		if err := encodeJSON(&inner, n.elems[0]); err != nil {
			return err
		}
		if reflect.ValueOf(n.elems[0]).Kind() == reflect.String {
			writeJSONString(b, inner.String())
		} else {
			b.WriteByte('"')
			b.Write(inner.Bytes())
			b.WriteByte('"')
		}
	case 'e':
		return errors.New(n.msg)
	}
	return nil
}

// encodeJSON writes v, a node or a value of compiled types, without
// escaping HTML characters.
func encodeJSON(b *bytes.Buffer, v any) error {
	if n, ok := v.(*jsonNode); ok {
		return n.encode(b)
	}
	enc := json.NewEncoder(b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return err
	}
	b.Truncate(b.Len() - 1) // Encode's newline
	return nil
}

// writeJSONString writes s as a JSON string, HTML characters as they are.
func writeJSONString(b *bytes.Buffer, s string) {
	enc := json.NewEncoder(b)
	enc.SetEscapeHTML(false)
	enc.Encode(s)
	b.Truncate(b.Len() - 1)
}

// jsonDecodeExports are the helpers of the decoders the lowered code
// writes for json.Unmarshal (see lower_json_decode.go).
func jsonDecodeExports() map[string]reflect.Value {
	return map[string]reflect.Value{
		// The input is checked whole first, as json.Unmarshal does.
		"JSONUnmarshal": reflect.ValueOf(func(data []byte, decode func([]byte) error) error {
			if !json.Valid(data) {
				var v any
				return json.Unmarshal(data, &v)
			}
			return decode(data)
		}),
		// (*json.Decoder).Decode: the value read as the decoder reads
		// it, then decoded as json.Unmarshal's (typ: the value's type).
		"JSONDecode": reflect.ValueOf(func(dec *json.Decoder, typ string, decode func([]byte) error) error {
			if d := reflect.ValueOf(dec).Elem().FieldByName("d"); d.IsValid() {
				for _, opt := range []struct{ field, method string }{{"useNumber", "UseNumber"}, {"disallowUnknownFields", "DisallowUnknownFields"}} {
					if f := d.FieldByName(opt.field); f.IsValid() && f.Kind() == reflect.Bool && f.Bool() {
						panic(refused(&RuntimeError{msg: "repl: (*json.Decoder).Decode, with " + opt.method + ", into a value of type " + typ + ": the shell decodes the program's types with UnmarshalJSON, UnmarshalText or embedded structs in code of its own, which does not follow it; decode without " + opt.method + ", or into a value of other types"}))
					}
				}
			}
			var raw json.RawMessage
			if err := dec.Decode(&raw); err != nil {
				return err
			}
			return decode(raw)
		}),
		"JSONNilTarget": reflect.ValueOf(func(typ string) error {
			return &json.InvalidUnmarshalError{Type: namedType{reflect.TypeFor[*struct{}](), typ}}
		}),
		"JSONKind": reflect.ValueOf(jsonKind),
		// The struct and types in a decoding error (see
		// lower_jsonerrnames.go).
		"JSONErrorNames": reflect.ValueOf(jsonErrorNames),
		"JSONTypeError": reflect.ValueOf(func(data []byte, typ string) error {
			value := map[byte]string{'{': "object", '[': "array", '"': "string", 't': "bool", 'f': "bool", 'n': "null"}[jsonKind(data)]
			if value == "" {
				value = "number"
			}
			return &json.UnmarshalTypeError{Value: value, Type: namedType{reflect.TypeFor[struct{}](), typ}}
		}),
		"JSONObjectFields": reflect.ValueOf(func(data []byte) (keys []string, vals [][]byte) {
			dec := json.NewDecoder(bytes.NewReader(data))
			dec.Token()
			for dec.More() {
				t, _ := dec.Token()
				var raw json.RawMessage
				dec.Decode(&raw)
				keys = append(keys, t.(string))
				vals = append(vals, raw)
			}
			return keys, vals
		}),
		"JSONArrayElems": reflect.ValueOf(func(data []byte) (vals [][]byte) {
			dec := json.NewDecoder(bytes.NewReader(data))
			dec.Token()
			for dec.More() {
				var raw json.RawMessage
				dec.Decode(&raw)
				vals = append(vals, raw)
			}
			return vals
		}),
		// A key names the field of its name, else the first whose name
		// it matches but for case.
		"JSONFieldIndex": reflect.ValueOf(func(key string, names []string) int {
			if i := slices.Index(names, key); i >= 0 {
				return i
			}
			return slices.IndexFunc(names, func(n string) bool { return strings.EqualFold(n, key) })
		}),
		"JSONUnquote": reflect.ValueOf(func(data []byte) []byte {
			var s string
			json.Unmarshal(data, &s)
			return []byte(s)
		}),
		// The non-nil pointer an interface of the program's holds, which
		// json decodes into (see the front end's lower_json_decode.go).
		"JSONHeldPointer": reflect.ValueOf(func(v any) (any, bool) {
			p := Wrapped(v)
			rv := reflect.ValueOf(p)
			return p, rv.Kind() == reflect.Pointer && !rv.IsNil()
		}),
		// A value of compiled types only, decoded by json, its type named
		// in an error as the program names it.
		"JSONLeaf": reflect.ValueOf(func(data []byte, ptr any, typ string) error {
			err := json.Unmarshal(data, ptr)
			var te *json.UnmarshalTypeError
			if errors.As(err, &te) && te.Field == "" && te.Struct == "" && te.Type == reflect.TypeOf(ptr).Elem() {
				te.Type = namedType{te.Type, typ}
			}
			return err
		}),
		"JSONRetype": reflect.ValueOf(func(err error, from, to string) error {
			var te *json.UnmarshalTypeError
			if errors.As(err, &te) && te.Field == "" && te.Struct == "" && te.Type.String() == from {
				te.Type = namedType{te.Type, to}
			}
			return err
		}),
		// A map key of an integer type.
		"JSONIntKey": reflect.ValueOf(func(key string, ptr any, typ string) error {
			v := reflect.ValueOf(ptr).Elem()
			if v.CanInt() {
				n, err := strconv.ParseInt(key, 10, 64)
				if err == nil && !v.OverflowInt(n) {
					v.SetInt(n)
					return nil
				}
			} else {
				n, err := strconv.ParseUint(key, 10, 64)
				if err == nil && !v.OverflowUint(n) {
					v.SetUint(n)
					return nil
				}
			}
			return &json.UnmarshalTypeError{Value: "number " + key, Type: namedType{v.Type(), typ}}
		}),
		// A field with the ,string option, of compiled types only: json
		// decodes it as the field of a struct with that option.
		"JSONQuotedLeaf": reflect.ValueOf(func(data []byte, ptr any, typ string) error {
			ft := reflect.TypeOf(ptr).Elem()
			st := reflect.StructOf([]reflect.StructField{{Name: "X", Type: ft, Tag: `json:",string"`}})
			sv := reflect.New(st)
			sv.Elem().Field(0).Set(reflect.ValueOf(ptr).Elem())
			err := json.Unmarshal(append(append([]byte(`{"X":`), data...), '}'), sv.Interface())
			reflect.ValueOf(ptr).Elem().Set(sv.Elem().Field(0))
			var te *json.UnmarshalTypeError
			if errors.As(err, &te) {
				te.Struct, te.Field = "", ""
				if te.Type == ft {
					te.Type = namedType{ft, typ}
				}
			} else if msg := jsonQuotedPrefix; err != nil && strings.HasPrefix(err.Error(), msg) && strings.HasSuffix(err.Error(), " into "+ft.String()) {
				err = errors.New(strings.TrimSuffix(err.Error(), ft.String()) + typ)
			}
			return err
		}),
		// A type error is kept and the decoding goes on; any other ends it.
		"JSONAbort": reflect.ValueOf(func(err error) bool {
			var te *json.UnmarshalTypeError
			return err != nil && !errors.As(err, &te)
		}),
		// A type error in a struct's field names the struct and the path
		// of fields to the value.
		"JSONContext": reflect.ValueOf(func(err error, structName, field string) error {
			var te *json.UnmarshalTypeError
			if !errors.As(err, &te) {
				return err
			}
			if te.Field == "" && te.Struct == "" {
				te.Struct, te.Field = structName, field
			} else {
				te.Field = field + "." + te.Field
			}
			return err
		}),
	}
}

// jsonKind returns the first byte of a JSON value.
func jsonKind(data []byte) byte {
	data = bytes.TrimLeft(data, " \t\r\n")
	if len(data) == 0 {
		return 0
	}
	return data[0]
}
