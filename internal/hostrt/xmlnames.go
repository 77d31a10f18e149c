package hostrt

import (
	"bytes"
	"encoding/xml"
	"reflect"
)

// The element names encoding/xml gives values of the program's struct
// types (see the front end's lower_xmlnames.go).
//
// encoding/xml names the element of a value it marshals at the top, which
// no field names, by its XMLName field or else by its type's name. The
// interpreter hands it a value of a struct type reflection built, which
// has no name: xml.Marshal(Link{"x"}) failed (xml: unsupported type:
// struct { Href string ... }), where Go writes <Link href="x"></Link>.
// The helpers marshal such a value, and each element of a slice or array
// of them, as an element named by its type's name, which the front end's
// tag on the first field holds (readTag); other values as encoding/xml
// does.

// xmlEncode is e.Encode(v), a struct of the program's without an XMLName
// field named as Go names it; empty names the type of v where it is a
// struct type of the program's without fields (which holds no tag).
func xmlEncode(empty string, e *xml.Encoder, v any) error {
	return errNames(encodeNamed(empty, e, v))
}

// encodeNamed is xmlEncode without errNames.
func encodeNamed(empty string, e *xml.Encoder, v any) error {
	rv := reflect.ValueOf(v)
	for rv.Kind() == reflect.Pointer || rv.Kind() == reflect.Interface {
		if rv.IsNil() {
			return e.Encode(v) // nothing written, as for any nil
		}
		rv = rv.Elem()
	}
	if name, ok := xmlElemName(rv); ok {
		return e.EncodeElement(v, xml.StartElement{Name: xml.Name{Local: name}})
	}
	if rv.Kind() == reflect.Struct && rv.NumField() == 0 && rv.Type().Name() == "" && empty != "" {
		return e.EncodeElement(v, xml.StartElement{Name: xml.Name{Local: empty}})
	}
	if k := rv.Kind(); (k == reflect.Slice || k == reflect.Array) && rv.Type().Elem().Kind() != reflect.Uint8 {
		// Each element in turn, as Go marshals a slice (a []any of
		// structs too).
		for i := range rv.Len() {
			if err := encodeNamed("", e, rv.Index(i).Interface()); err != nil {
				return err
			}
		}
		return nil
	}
	return e.Encode(v)
}

// xmlElemName returns the name of the element of v, a struct of a type
// the program declares, where Go names it by its type: without an
// XMLName field, or with one of no tag and no name (an instance of a
// generic type by the type's name, as Go writes it without the type
// arguments).
func xmlElemName(v reflect.Value) (string, bool) {
	t := v.Type()
	name, _, _, ok := readTag(t)
	if !ok || t.Name() != "" {
		return "", false
	}
	if f, has := t.FieldByName("XMLName"); has {
		n, isName := v.FieldByIndex(f.Index).Interface().(xml.Name)
		if tag := StructTag(f.Tag).Get("xml"); tag != "" && tag != "-" || !isName || n.Local != "" {
			return "", false // named by the field
		}
	}
	return name, true
}

// xmlMarshalIndent is xml.MarshalIndent (xml.Marshal without prefix and
// indent) through xmlEncode.
func xmlMarshalIndent(empty string, v any, prefix, indent string) ([]byte, error) {
	var b bytes.Buffer
	e := xml.NewEncoder(&b)
	e.Indent(prefix, indent)
	if err := xmlEncode(empty, e, v); err != nil {
		return nil, err
	}
	if err := e.Close(); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// xmlExports are the helpers of lower_xmlnames.go.
func xmlExports() map[string]reflect.Value {
	return map[string]reflect.Value{
		"XMLMarshal":       reflect.ValueOf(func(empty string, v any) ([]byte, error) { return xmlMarshalIndent(empty, v, "", "") }),
		"XMLMarshalIndent": reflect.ValueOf(xmlMarshalIndent),
		"XMLEncode":        reflect.ValueOf(xmlEncode),
	}
}
