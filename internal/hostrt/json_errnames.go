package hostrt

import (
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// jsonErrShape describes, for the error of one call of json.Unmarshal or
// Decoder.Decode (see lower_jsonerrnames.go), the types json may be
// decoding at each field path of the target: Types are Go's names of the
// types, the call's samples (values of them, as the interpreter builds
// them) at the same indices; a chain is the list of the types json may be
// decoding at one path (indices, a map's key as -1-index); Root is the
// argument's own chain, and Structs gives, by the index of each struct
// type of the program's in a chain, its name and its fields' chains by
// their JSON names.
type jsonErrShape struct {
	Types   []string                 `json:"t"`
	Root    []int                    `json:"r"`
	Structs map[string]jsonErrStruct `json:"s"`
	// Quoted are the types of the fields with the ,string option.
	Quoted []int `json:"q"`
}

// jsonQuotedPrefix begins json's error of a field with the ,string option
// whose value is not a quoted one; it ends with " into " and the type.
const jsonQuotedPrefix = "json: invalid use of ,string struct tag, trying to unmarshal "

type jsonErrStruct struct {
	Name   string           `json:"n"`
	Fields map[string][]int `json:"f"`
}

// jsonErrShapes are the parsed shapes, by their text (a constant of the
// lowered code: a program has few).
var jsonErrShapes sync.Map

// jsonErrorNames returns err, the error of json.Unmarshal or Decode into
// a value of the program's types, with the types and the struct named as
// Go names them, where json, given the types the interpreter builds,
// named their representation (int for main.Level) or could not name the
// struct: shape describes the target's types (jsonErrShape), samples
// returns a value of each; data is the JSON decoded, where the call
// knows it (else nil).
func jsonErrorNames(err error, data []byte, shape string, samples func() []any) error {
	var typ reflect.Type
	var te *json.UnmarshalTypeError
	quoted := false
	switch e := err.(type) {
	case *json.UnmarshalTypeError:
		te, typ = e, e.Type
	case *json.InvalidUnmarshalError:
		typ = e.Type
	default:
		quoted = err != nil && strings.HasPrefix(err.Error(), jsonQuotedPrefix)
		if !quoted {
			return err
		}
	}
	if typ == nil && !quoted {
		return err
	}
	s, ok := jsonErrShapes.Load(shape)
	if !ok {
		var sh jsonErrShape
		if json.Unmarshal([]byte(shape), &sh) != nil {
			return err
		}
		s, _ = jsonErrShapes.LoadOrStore(shape, &sh)
	}
	sh := s.(*jsonErrShape)
	if quoted {
		return sh.quotedNames(err, samples())
	}
	chain, structName := sh.Root, ""
	if te != nil && te.Field != "" {
		if chain, structName, ok = sh.path(sh.Root, te.Field); !ok {
			return err // a path the shape does not know: as json says it
		}
	}
	vals := samples()
	var keys, elems []string
	for _, c := range chain {
		i, key := c, false
		if c < 0 {
			i, key = -1-c, true
		}
		if i >= len(vals) || i >= len(sh.Types) || reflect.TypeOf(unwrapHeld(vals[i])) != typ {
			continue
		}
		if key {
			keys = append(keys, sh.Types[i])
		} else {
			elems = append(elems, sh.Types[i])
		}
	}
	names := slices.Compact(slices.Sorted(slices.Values(append(slices.Clone(keys), elems...))))
	if len(names) > 1 && te != nil {
		// A map's key and its value alike (map[Key]Level, both ints):
		// json's error of a key says "number" and the key, which is no
		// number where it is no integer either, and its offset is that
		// of the key's first character, after a quote.
		num, isNum := strings.CutPrefix(te.Value, "number ")
		switch {
		case !isNum:
			names = slices.Compact(slices.Sorted(slices.Values(elems)))
		case !json.Valid([]byte(num)) || num == "" || strings.ContainsAny(num, " \t\r\n"),
			te.Offset > 0 && te.Offset <= int64(len(data)) && data[te.Offset-1] == '"':
			names = slices.Compact(slices.Sorted(slices.Values(keys)))
		case te.Offset > 0 && te.Offset <= int64(len(data)):
			names = slices.Compact(slices.Sorted(slices.Values(elems)))
		}
	}
	name := ""
	switch len(names) {
	case 0:
	case 1:
		name = names[0]
	default:
		panic(refused(&RuntimeError{msg: fmt.Sprintf("repl: the error of json decoding a value that fits neither %s: the interpreter builds them alike, so the shell cannot tell which to name; decode the map's keys and values in steps of their own", strings.Join(names, " nor "))}))
	}
	// A type of no package's name (int, []int) goes named too: the
	// shell's names of reflect types would not tell it from the
	// program's types of that representation.
	rename := name != "" && (name != typ.String() || typ.PkgPath() == "")
	if te == nil {
		if !rename {
			return err
		}
		return &json.InvalidUnmarshalError{Type: namedType{typ, name}}
	}
	named := *te
	if te.Struct == "" && structName != "" {
		named.Struct = structName
	}
	if rename {
		named.Type = namedType{typ, name}
	}
	if named == *te {
		return err
	}
	return &named
}

// path returns the chain of the types at the field path field (json's
// words: the JSON names of the fields, joined by dots) from chain, and
// the name of the struct of the last field.
func (s *jsonErrShape) path(chain []int, field string) ([]int, string, bool) {
	var st *jsonErrStruct
	for _, c := range chain {
		if c >= 0 {
			if x, ok := s.Structs[strconv.Itoa(c)]; ok {
				st = &x
				break
			}
		}
	}
	if st == nil {
		return nil, "", false
	}
	if next, ok := st.Fields[field]; ok {
		return next, st.Name, true
	}
	// A JSON name may hold a dot: the longest that leads on first.
	var names []string
	for n := range st.Fields {
		if strings.HasPrefix(field, n+".") {
			names = append(names, n)
		}
	}
	slices.SortFunc(names, func(a, b string) int { return len(b) - len(a) })
	for _, n := range names {
		if c, name, ok := s.path(st.Fields[n], field[len(n)+1:]); ok {
			return c, name, true
		}
	}
	return nil, "", false
}

// quotedNames returns err, json's error of a field with the ,string
// option, with the field's type named as Go names it, where the fields
// with the option of the type the error names (its representation) are of
// one type.
func (s *jsonErrShape) quotedNames(err error, vals []any) error {
	msg := err.Error()
	i := strings.LastIndex(msg, " into ")
	if i < 0 {
		return err
	}
	rep := msg[i+len(" into "):]
	var names []string
	for _, q := range s.Quoted {
		if q < 0 || q >= len(vals) || q >= len(s.Types) {
			continue
		}
		if t := reflect.TypeOf(unwrapHeld(vals[q])); t != nil && t.String() == rep && !slices.Contains(names, s.Types[q]) {
			names = append(names, s.Types[q])
		}
	}
	switch {
	case len(names) == 1 && names[0] != rep:
		return errors.New(msg[:i+len(" into ")] + names[0])
	case len(names) > 1:
		slices.Sort(names)
		panic(refused(&RuntimeError{msg: fmt.Sprintf("repl: json's error of a field with the ,string option of type %s: the interpreter builds them alike, so the shell cannot tell which to name; give the fields one type, or decode them in steps of their own", strings.Join(names, " or "))}))
	}
	return err
}
