package frontend

import (
	"fmt"
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/types/typeutil"
)

// Refusal: encoding/xml and encoding/gob of values of the program's types
// that they would see wrongly.
//
// yaegi v0.16.1 hands compiled code a value of a struct type the program
// declares as a value of a type reflection built: an embedded field as a
// field of its own, an unexported field exported (Xname for name), and no
// methods. encoding/json gets a converted value (lower_json.go), and the
// front end's tags hide unexported fields from json and xml
// (lower_structtag.go). What is left:
//
//   - encoding/xml writes an embedded struct's fields in an element of its
//     own (<user><Base><ID>1</ID></Base>...) and reads them only from one,
//     and calls no MarshalXML, MarshalXMLAttr, MarshalText or their
//     Unmarshal methods;
//   - encoding/gob, which reads no tags, encodes unexported fields (a
//     struct of no exported field too, where Go's fails), and calls no
//     GobEncode, MarshalBinary or their decoding methods (the fields are
//     encoded instead, which a compiled program's stream does not hold).
//
// Their encoding and decoding calls are refused where the value's static
// type reaches such a type (through pointers, slices, arrays, maps and
// fields), or, for an interface, where a type the program puts in
// interfaces does: the message names the type, the field or method, and
// the way around (encoding/json, or a type of exported fields without the
// methods).

// encodingArgs are the calls of encoding/xml and encoding/gob whose
// argument at the index given is encoded or decoded into.
var encodingArgs = map[string]int{
	"encoding/xml.Marshal":               0,
	"encoding/xml.MarshalIndent":         0,
	"encoding/xml.Unmarshal":             1,
	"encoding/xml.Encoder.Encode":        0,
	"encoding/xml.Encoder.EncodeElement": 0,
	"encoding/xml.Decoder.Decode":        0,
	"encoding/xml.Decoder.DecodeElement": 0,
	"encoding/gob.Encoder.Encode":        0,
	"encoding/gob.Decoder.Decode":        0,
}

// encodingMethods are, by package, the methods through which the package
// lets a type encode or decode itself.
var encodingMethods = map[string][]string{
	"encoding/xml": {"MarshalXML", "UnmarshalXML", "MarshalXMLAttr", "UnmarshalXMLAttr", "MarshalText", "UnmarshalText"},
	"encoding/gob": {"GobEncode", "GobDecode", "MarshalBinary", "UnmarshalBinary"},
}

// refuseEncodings returns the refusal described above, for the first such
// call.
func (w *rewriter) refuseEncodings() error {
	info := w.info()
	if info == nil || !w.importsEncoding() {
		return nil
	}
	var err error
	ast.Inspect(w.file, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || err != nil {
			return err == nil
		}
		fn, ok := typeutil.Callee(info, call).(*types.Func)
		if !ok || fn.Pkg() == nil {
			return true
		}
		name := funcName(fn)
		i, ok := encodingArgs[name]
		if !ok || i >= len(call.Args) {
			return true
		}
		pkg := fn.Pkg().Path()
		arg := call.Args[i]
		t := info.TypeOf(arg)
		ts, held := []types.Type{t}, ""
		if types.IsInterface(t) {
			// Any type the program puts in interfaces may be in it.
			ts, held = w.typesHeldInIfaces(), ", which may hold the program's types"
		}
		for _, t := range ts {
			if why, way := encodingTrouble(pkg, t, strings.Contains(name, "Unmarshal") || strings.Contains(name, "Decode")); why != "" {
				err = &Error{Pos: w.src.Position(w.offset(call.Pos())), Msg: fmt.Sprintf(
					"%s of a value of type %s%s: %s; the interpreter hands %s a type of its own making (embedded fields as fields of their own, unexported fields exported, no methods), so it would not encode or decode it as Go does (%s)",
					strings.TrimPrefix(name, "encoding/"), reflectString(info.TypeOf(arg)), held, why, pkg[len("encoding/"):], way)}
				return false
			}
		}
		return true
	})
	return err
}

// importsEncoding reports whether the code can name encoding/xml or
// encoding/gob (the file imports it, or, at the prompt, the session or
// the input's automatic imports do).
func (w *rewriter) importsEncoding() bool {
	names := w.pkgNames()
	return names["encoding/xml"] != "" || names["encoding/gob"] != ""
}

// typesHeldInIfaces returns the program's types (and pointers to them)
// that it puts in interfaces, as far as the front end knows (all of them
// at the prompt, where a later input may).
func (w *rewriter) typesHeldInIfaces() []types.Type {
	j := w.twinJudge()
	var ts []types.Type
	for _, tn := range w.heldTypes() {
		for _, t := range []types.Type{tn.Type(), types.NewPointer(tn.Type())} {
			if w.mode == ModeScript && j != nil && !j.holds(t) {
				continue
			}
			ts = append(ts, t)
		}
	}
	return ts
}

// encodingTrouble says what of a value of type t the package pkg
// (encoding/xml or encoding/gob) would see wrongly in the interpreter, and
// the way around ("" for nothing): a type of the program's with one of
// the methods the package calls, or a struct type of the program's with
// an embedded struct (xml), or an unexported field (gob, encoding), or no
// exported one (gob). decode says the call decodes into the value.
func encodingTrouble(pkg string, t types.Type, decode bool) (why, way string) {
	short := pkg[len("encoding/"):]
	seen := map[types.Type]bool{}
	var walk func(t types.Type) (string, string)
	walk = func(t types.Type) (string, string) {
		if t == nil || seen[t] || types.IsInterface(t) {
			return "", ""
		}
		seen[t] = true
		if n, ok := types.Unalias(derefType(t)).(*types.Named); ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "main" {
			for _, m := range encodingMethods[pkg] {
				if obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(n), true, n.Obj().Pkg(), m); obj != nil {
					if _, isFunc := obj.(*types.Func); isFunc {
						way := "call the method and encode its bytes, or use encoding/json"
						if decode {
							way = "decode the bytes and call the method, or use encoding/json"
						}
						return fmt.Sprintf("%s has a %s method, which %s would not call", reflectString(n), m, short), way
					}
				}
			}
		}
		switch u := t.Underlying().(type) {
		case *types.Pointer:
			return walk(u.Elem())
		case *types.Slice:
			return walk(u.Elem())
		case *types.Array:
			return walk(u.Elem())
		case *types.Map:
			if why, way := walk(u.Key()); why != "" {
				return why, way
			}
			return walk(u.Elem())
		case *types.Struct:
			if !ownStruct(u) {
				return "", ""
			}
			exported := false
			for f := range u.Fields() {
				exported = exported || f.Exported()
				switch {
				case pkg == "encoding/xml" && f.Embedded() && isStructType(derefType(f.Type())):
					return fmt.Sprintf("%s embeds %s, whose fields xml would write in an element of their own", reflectString(t), reflectString(f.Type())),
						"declare the embedded struct's fields in the struct itself, or use encoding/json"
				case pkg == "encoding/gob" && !f.Exported() && !decode:
					// (Decoded into, it stays as it was: no stream holds
					// the interpreter's name for it, Xname.)
					return fmt.Sprintf("the field %s of %s is unexported, which the interpreter's type exports, so gob would encode it", f.Name(), reflectString(t)),
						"encode a copy in a type of exported fields only, or use encoding/json"
				}
				if why, way := walk(f.Type()); why != "" {
					return why, way
				}
			}
			if pkg == "encoding/gob" && !exported {
				return fmt.Sprintf("%s has no exported field, which gob would encode, where Go's fails", reflectString(t)), "export its fields"
			}
		}
		return "", ""
	}
	return walk(t)
}

// ownStruct reports whether s is a struct type the program wrote (its
// fields are the program's), which the interpreter builds.
func ownStruct(s *types.Struct) bool {
	return s.NumFields() > 0 && s.Field(0).Pkg() != nil && s.Field(0).Pkg().Path() == "main"
}
