package hostrt

import (
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"text/template"
)

// Type names in the errors of compiled packages (see the front end's
// lower_errnames.go).
//
// A compiled package that names the type of a value in its error names the
// struct type the interpreter built for one of the program's: binary.Write's
// "some values are not fixed-sized in type struct { S string
// "asyncrepl:\"Bad\""; M map[string]int }" where Go says main.Bad, json's
// "encountered a cycle via *struct { ... }", a template's "can't evaluate
// field Missing in type struct { ... }". errNames gives such an error the
// text Go gives it, each struct type named by the tag the front end put on
// its first field (see StructTagKey).

// errNames returns err with the interpreter's struct types in its text
// named as Go names them, of its own type: json's UnsupportedValueError
// renamed in place, a template's ExecError made again, errors.New's made
// anew; err itself where there are none, or where it is of another type.
func errNames(err error) error {
	if err == nil {
		return nil
	}
	text := err.Error()
	named := nameStructs(text)
	if named == text {
		return err
	}
	if ve, ok := err.(*json.UnsupportedValueError); ok {
		ve.Str = nameStructs(ve.Str)
		return err
	}
	if ee, ok := err.(template.ExecError); ok {
		return template.ExecError{Name: ee.Name, Err: errNames(ee.Err)}
	}
	if reflect.TypeOf(err) == errorStringType {
		return errors.New(named) // (a fresh one each call: no sentinel)
	}
	return err // of a type it cannot make (xml.UnsupportedTypeError holds a reflect.Type)
}

// errorStringType is the type of errors.New's errors.
var errorStringType = reflect.TypeOf(errors.New(""))

// errNamesExports are the helpers of lower_errnames.go: errNames of a
// call's error, and of the error of a call of ([]byte, error).
func errNamesExports() map[string]reflect.Value {
	return map[string]reflect.Value{
		"ErrNames":      reflect.ValueOf(errNames),
		"ErrNamesBytes": reflect.ValueOf(func(b []byte, err error) ([]byte, error) { return b, errNames(err) }),
	}
}

// nameStructs returns s with each struct type the interpreter built for
// one of the program's (struct { ... "asyncrepl:\"Name\"" ... }) named
// main.Name; a generic type's instance, whose tag does not hold its type
// arguments, is left.
func nameStructs(s string) string {
	const open = "struct {"
	var b strings.Builder
	for {
		i := strings.Index(s, open)
		if i < 0 {
			break
		}
		end := structEnd(s, i+len(open))
		if end < 0 {
			break
		}
		name := tagName(firstField(s[i+len(open) : end-1]))
		if name == "" {
			b.WriteString(s[:i+len(open)]) // its fields' types may be
			s = s[i+len(open):]
			continue
		}
		b.WriteString(s[:i] + "main." + name)
		s = s[end:]
	}
	b.WriteString(s)
	return b.String()
}

// structEnd returns the index after the brace closing a struct type's
// fields, which start at from in s (quoted tags skipped); -1 for none.
func structEnd(s string, from int) int {
	depth := 1
	for i := from; i < len(s); i++ {
		switch s[i] {
		case '"':
			for i++; i < len(s) && s[i] != '"'; i++ {
				if s[i] == '\\' {
					i++
				}
			}
		case '{':
			depth++
		case '}':
			if depth--; depth == 0 {
				return i + 1
			}
		}
	}
	return -1
}

// firstField returns the text of the first of fields (a struct type's,
// between its braces), without the fields of struct types in it.
func firstField(fields string) string {
	var b strings.Builder
	for i := 0; i < len(fields); i++ {
		switch c := fields[i]; c {
		case ';':
			return b.String()
		case '{':
			if end := structEnd(fields, i+1); end > 0 {
				i = end - 1
				continue
			}
		case '"':
			j := i + 1
			for ; j < len(fields) && fields[j] != '"'; j++ {
				if fields[j] == '\\' {
					j++
				}
			}
			b.WriteString(fields[i:min(j+1, len(fields))])
			i = j
			continue
		}
		b.WriteByte(fields[i])
	}
	return b.String()
}

// tagName returns the name in the tag of a struct type's first field, as
// its text holds it, "" where it has none or is a generic type's.
func tagName(text string) string {
	key := StructTagKey + `:\"`
	i := strings.Index(text, key)
	if i < 0 {
		return ""
	}
	v := text[i+len(key):]
	if j := strings.Index(v, `\"`); j >= 0 {
		v = v[:j]
	}
	if name, generic, _ := tagValue(v); !generic {
		return name
	}
	return ""
}
