package frontend

import (
	"go/types"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Unnamed struct types with unexported fields, held in interfaces.
//
// yaegi v0.16.1 names an unnamed struct type's unexported field with an X
// before it, exported (Xname for name): fmt printed {Xname:a} for %+v of
// a table test's case handed to func show(v any), and json encoded the
// field. hostrt's goview.go gives compiled code such a value as a value
// of the type Go builds, telling the renamed fields by their names (an X
// before a name that is not exported). Two things here make that hold:
//
//   - json.Marshal of an interface goes through the conversion of values
//     held in interfaces (lower_jsonheld.go) where the segment has values
//     of such a type (unnamedHidden);
//   - where the program declares an unnamed struct type with an exported
//     field whose name looks renamed (Xname), no view is made (the names
//     cannot be told apart): the declaration __repl.ExportedXFields()
//     says so before the program runs.

// unnamedHidden reports whether the segment has values of an unnamed
// struct type with unexported fields, or declares one with an exported
// field whose name looks renamed (xnames).
func (w *rewriter) unnamedHidden() (hidden, xnames bool) {
	if w.hiddenStructs != nil {
		return w.hiddenStructs[0], w.hiddenStructs[1]
	}
	info := w.info()
	if info == nil {
		return false, false
	}
	defer func() { w.hiddenStructs = &[2]bool{hidden, xnames} }()
	seen := map[types.Type]bool{}
	var walk func(t types.Type)
	walk = func(t types.Type) {
		if t == nil || seen[t] {
			return
		}
		seen[t] = true
		switch u := types.Unalias(t).(type) {
		case *types.Named:
			if o := u.Obj(); o.Pkg() == nil || o.Pkg().Path() != "main" {
				return
			}
			if st, ok := u.Underlying().(*types.Struct); ok {
				// Declared: tagged with its unexported fields (see
				// hostrt's structtag.go); its fields' types may not be.
				for f := range st.Fields() {
					walk(f.Type())
				}
				return
			}
			walk(u.Underlying())
		case *types.Pointer:
			walk(u.Elem())
		case *types.Slice:
			walk(u.Elem())
		case *types.Array:
			walk(u.Elem())
		case *types.Map:
			walk(u.Key())
			walk(u.Elem())
		case *types.Struct:
			for f := range u.Fields() {
				if !f.Exported() && f.Name() != "_" {
					hidden = true
				} else if rest, ok := strings.CutPrefix(f.Name(), "X"); ok && rest != "" {
					if r, _ := utf8.DecodeRuneInString(rest); !unicode.IsUpper(r) {
						xnames = true
					}
				}
				walk(f.Type())
			}
		}
	}
	for _, tv := range info.Types {
		if _, basic := tv.Type.(*types.Basic); !basic {
			walk(tv.Type)
		}
	}
	return hidden, xnames
}

// registerXFields declares, where the segment has an unnamed struct type
// with an exported field whose name looks renamed, that hostrt's views
// cannot tell them apart.
func (w *rewriter) registerXFields() {
	if _, xnames := w.unnamedHidden(); !xnames {
		return
	}
	w.IfaceCopyDecls += "\nvar " + w.tmpName("repl_xfields") + " = " + HelperPkg + ".ExportedXFields()\n"
}
