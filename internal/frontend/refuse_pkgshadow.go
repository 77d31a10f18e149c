package frontend

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/asyncrepl/asyncrepl/internal/gosrc"
)

// A variable of an input named as a package its own value uses.
//
// In a function, strings := strings.ToUpper(s) declares strings after its
// value is read from the package. The statements of an input run at the
// package's level in yaegi v0.16.1, where the new variable is declared
// first: it said "strings.ToUpper undefined (no field or method ToUpper)"
// and kept the half-declared variable, so that every later use of the
// package failed the same way. Such a declaration at the top level of an
// input is refused before it runs, naming the package and a way around.

// refusePkgShadows returns the error for the input's first such
// declaration.
func (w *rewriter) refusePkgShadows(in *inspector.Inspector) error {
	if !w.src.Interactive() || w.plan.Seg.Kind != gosrc.SegStmt {
		return nil
	}
	info := w.info()
	var err error
	in.WithStack([]ast.Node{(*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil)}, func(n ast.Node, push bool, stack []ast.Node) bool {
		if !push || err != nil {
			return false
		}
		var names []*ast.Ident
		var values []ast.Expr
		switch n := n.(type) {
		case *ast.AssignStmt:
			if n.Tok != token.DEFINE || len(stack) != 4 {
				return len(stack) < 4
			}
			for _, l := range n.Lhs {
				if id, ok := l.(*ast.Ident); ok {
					names = append(names, id)
				}
			}
			values = n.Rhs
		case *ast.ValueSpec:
			if len(stack) != 6 { // file, func _, body, decl statement, var, spec
				return false
			}
			names, values = n.Names, n.Values
		}
		for _, id := range names {
			if info.Defs[id] == nil {
				continue
			}
			for _, v := range values {
				ast.Inspect(v, func(m ast.Node) bool {
					if use, ok := m.(*ast.Ident); ok && err == nil && use.Name == id.Name {
						if pn, ok := info.Uses[use].(*types.PkgName); ok {
							err = &Error{Pos: w.src.Position(w.offset(id.Pos())), Msg: fmt.Sprintf(
								"%s declared here hides the package %s its value uses: a variable of an input is the session's, declared before its value runs; name it otherwise",
								id.Name, pn.Imported().Path())}
						}
					}
					return err == nil
				})
			}
		}
		return false
	})
	return err
}
