package frontend

import (
	"fmt"
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
)

// A comma-ok map index in a loop.
//
// yaegi v0.16.1 does not write the value of v, ok := m[k] when k is
// missing: in a loop, v keeps the previous iteration's value where Go
// gives the zero value (m["b"] after m["a"] printed "x" false, for Go's
// "" false). Its single-valued m[k] gives the zero value, so the pass
// reads the map again when the key is missing, where reading it again
// changes nothing (the map and the key are variables, fields or
// constants):
//
//	v, ok := m[k]  ->  v, ok := m[k]; if !ok { v = m[k] }
//
// Outside loops each statement runs in a frame of its own and needs
// nothing. A statement of an if, for or switch header is left as it is.

// lowerMapCommaOK rewrites the comma-ok map indexes described above.
func (w *rewriter) lowerMapCommaOK(in *inspector.Inspector) {
	info := w.info()
	if info == nil {
		return
	}
	in.WithStack([]ast.Node{(*ast.AssignStmt)(nil)}, func(n ast.Node, push bool, stack []ast.Node) bool {
		if !push || len(stack) < 2 || !inLoop(stack) {
			return true
		}
		switch stack[len(stack)-2].(type) {
		case *ast.BlockStmt, *ast.CaseClause, *ast.CommClause:
		default:
			return true // a header's statement, or a select case's receive
		}
		a := n.(*ast.AssignStmt)
		if len(a.Lhs) != 2 || len(a.Rhs) != 1 {
			return true
		}
		ix, ok := ast.Unparen(a.Rhs[0]).(*ast.IndexExpr)
		if !ok {
			return true
		}
		if _, isMap := underlying(info.TypeOf(ix.X)).(*types.Map); !isMap || !sideEffectFree(ix.X) || !sideEffectFree(ix.Index) {
			return true
		}
		v, okV := a.Lhs[0].(*ast.Ident)
		found, okF := a.Lhs[1].(*ast.Ident)
		if !okV || !okF || v.Name == "_" || found.Name == "_" {
			return true
		}
		at := w.offset(a.End())
		w.add(at, at, fmt.Sprintf("; if !%s { %s = %s }", found.Name, v.Name, w.text(ix)), 60)
		return true
	})
}

// inLoop reports whether the innermost function of stack (the nodes from
// the file down to a statement) runs the statement in a loop's body.
func inLoop(stack []ast.Node) bool {
	for i := len(stack) - 2; i >= 0; i-- {
		switch stack[i].(type) {
		case *ast.ForStmt, *ast.RangeStmt:
			return true
		case *ast.FuncLit, *ast.FuncDecl:
			return false
		}
	}
	return false
}

// sideEffectFree reports whether evaluating e again changes nothing and
// gives the same value: a name, a literal, or a field of one.
func sideEffectFree(e ast.Expr) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident, *ast.BasicLit:
		return true
	case *ast.SelectorExpr:
		return sideEffectFree(e.X)
	}
	return false
}
