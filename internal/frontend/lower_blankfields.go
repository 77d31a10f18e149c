package frontend

import (
	"fmt"
	"go/ast"
	"go/types"
)

// Lowering: the blank fields of a struct type of several, named apart.
//
// yaegi v0.16.1 names every blank (_) field of a struct type X_ in the
// reflect type it builds, so a struct type with two of them failed to
// compile ("reflect.StructOf: duplicate field X_"). Go never reads or
// writes a blank field: it is zero in every value (a literal without keys
// skips it), == ignores it. So in a script such a type's blank fields get
// names of their own, which no code uses:
//
//	struct{ _ int; X int; _ string }  ->  struct{ __blank1 int; X int; __blank2 string }
//
// but for a type some composite literal of the program writes without keys:
// there the interpreter would store the literal's values in the named
// fields, which == would then compare. (fmt's printing of such a value is
// refused, see lower_fmtvalue.go.)

// lowerBlankFields renames the blank fields described above.
func (w *rewriter) lowerBlankFields() {
	if w.mode != ModeScript {
		return
	}
	info := w.info()
	var structs []*ast.StructType
	var unkeyed []types.Type // the types of literals without keys
	ast.Inspect(w.file, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.StructType:
			blanks := 0
			for _, f := range n.Fields.List {
				for _, id := range f.Names {
					if id.Name == "_" {
						blanks++
					}
				}
			}
			if blanks >= 2 {
				structs = append(structs, n)
			}
		case *ast.CompositeLit:
			if len(n.Elts) > 0 {
				if _, keyed := n.Elts[0].(*ast.KeyValueExpr); !keyed {
					if t := info.TypeOf(n); t != nil {
						unkeyed = append(unkeyed, t.Underlying())
					}
				}
			}
		}
		return true
	})
	for _, st := range structs {
		t := info.TypeOf(st)
		if t == nil {
			continue
		}
		written := false
		for _, u := range unkeyed {
			if types.Identical(u, t.Underlying()) {
				written = true
			}
		}
		if written {
			continue
		}
		n := 0
		for _, f := range st.Fields.List {
			for _, id := range f.Names {
				if id.Name == "_" {
					n++
					w.add(w.offset(id.Pos()), w.offset(id.End()), fmt.Sprintf("__blank%d", n), 0)
				}
			}
		}
	}
}
