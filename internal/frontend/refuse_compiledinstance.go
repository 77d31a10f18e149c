package frontend

import (
	"fmt"
	"go/ast"
	"go/types"
)

// Assertions to an instance of a compiled generic type.
//
// yaegi v0.16.1 builds an instance of a compiled generic type (iter.Seq[int],
// iter.Seq2[K, V]) as its underlying type, the name lost: an assertion to
// one panicked inside the interpreter (a.(iter.Seq[string])), and a type
// switch's case said "undefined: iter". Go tells the instance from its
// underlying type, which the interpreter cannot, so both are refused,
// naming the type, with the way around.

// refuseCompiledInstanceAsserts returns the error for the segment's first
// type assertion, or type switch case, to an instance of a compiled generic
// type that is not an interface.
func (w *rewriter) refuseCompiledInstanceAsserts() error {
	info := w.info()
	var bad ast.Expr
	what := ""
	check := func(e ast.Expr, kind string) {
		if e == nil || bad != nil && bad.Pos() < e.Pos() {
			return
		}
		t := info.TypeOf(e)
		if t != nil && !types.IsInterface(t) && compiledInstance(t, 0) {
			bad, what = e, kind
		}
	}
	ast.Inspect(w.file, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.TypeAssertExpr:
			check(n.Type, "type assertion to")
		case *ast.TypeSwitchStmt:
			for _, c := range n.Body.List {
				for _, e := range c.(*ast.CaseClause).List {
					check(e, "type switch case of")
				}
			}
		}
		return true
	})
	if bad == nil {
		return nil
	}
	t := info.TypeOf(bad)
	return &Error{Pos: w.src.Position(w.offset(bad.Pos())), Msg: fmt.Sprintf(
		"%s %s, an instance of a compiled generic type: the interpreter builds it as its underlying type (%s), and cannot tell them apart; assert to an interface, or keep the value in a variable of its type",
		what, types.TypeString(t, TypeQualifier), types.TypeString(t.Underlying(), TypeQualifier))}
}
