package frontend

import (
	"fmt"
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
)

// Refused: a struct type embedding an instance of a generic type of
// several type parameters (struct{ Pair[string, int]; Note string }).
//
// yaegi v0.16.1 names an embedded field by its type's name, and finds
// none in an instance written with several type arguments: the field is
// named X. fmt's %+v printed {X:{K:a V:1} Note:n} where Go prints
// {Pair:{K:a V:1} Note:n}, and r.Pair, a literal's Pair: key and json
// failed in the interpreter's words. The field is refused, with the way
// around: name the field (Pair Pair[string, int]). Where the shell
// writes the instance out as a type of its own (lower_typecopy.go), the
// field is named after it, and renamed back: that runs.

// refuseEmbeddedInstances refuses the first field described above.
func (w *rewriter) refuseEmbeddedInstances(in *inspector.Inspector) error {
	info := w.info()
	if info == nil {
		return nil
	}
	var err error
	in.Preorder([]ast.Node{(*ast.StructType)(nil)}, func(n ast.Node) {
		st, ok := info.TypeOf(n.(*ast.StructType)).(*types.Struct)
		if err != nil || !ok {
			return
		}
		i := 0
		for _, field := range n.(*ast.StructType).Fields.List {
			if len(field.Names) > 0 {
				i += len(field.Names)
				continue
			}
			v := st.Field(i)
			i++
			x := field.Type
			if s, ok := x.(*ast.StarExpr); ok {
				x = s.X
			}
			if _, several := x.(*ast.IndexListExpr); !several || w.embeddedCopyName(v) != "" {
				continue
			}
			err = &Error{Pos: w.src.Position(w.offset(field.Type.Pos())), Msg: fmt.Sprintf(
				"an embedded field of type %s, an instance of a generic type of several type parameters: the interpreter names the field X (%%+v would print X:, and .%s, a literal's %s: key and json fail); name the field (%s %s) and reach its fields and methods through it",
				w.text(field.Type), v.Name(), v.Name(), v.Name(), w.text(field.Type))}
			return
		}
	})
	return err
}
