package frontend

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
)

// Comma-ok declarations in a loop's body, declared first.
//
// yaegi v0.16.1 gives the variables that v, ok := m[k] and v, ok := <-ch
// declare in a loop's body one place for every iteration: the closures,
// goroutines and pointers of each iteration saw the last iteration's values
// (x := m[k] and var declarations get a place per iteration). In a loop's
// body, the statement declares its new variables first, and assigns them:
//
//	v, ok := m[k]  ->  var v int; var ok bool; v, ok = m[k]
//
// A statement with a blank on its left, or whose right side uses a name it
// declares (k, ok := m[k]), is left as it is.

// lowerLoopCommaOK rewrites the statements described above.
func (w *rewriter) lowerLoopCommaOK(in *inspector.Inspector) {
	info := w.info()
	in.WithStack([]ast.Node{(*ast.AssignStmt)(nil)}, func(n ast.Node, push bool, stack []ast.Node) bool {
		as := n.(*ast.AssignStmt)
		if !push || as.Tok != token.DEFINE || len(as.Lhs) != 2 || len(as.Rhs) != 1 || !commaOKOperand(info, as.Rhs[0]) || !inLoopBody(stack) {
			return true
		}
		decls := ""
		for _, l := range as.Lhs {
			id, ok := l.(*ast.Ident)
			if !ok || isBlank(id) || mentionsName(as.Rhs[0], id.Name) {
				return true
			}
			obj := info.Defs[id]
			if obj == nil {
				continue // assigned, declared before
			}
			ts, ok := w.typeSource(obj.Type(), as.Pos())
			if !ok {
				return true
			}
			decls += "var " + id.Name + " " + ts + "; "
		}
		start := w.offset(as.Pos())
		w.add(start, start, decls, 0)
		tok := w.offset(as.TokPos)
		w.add(tok, tok+len(":="), "=", 0)
		return true
	})
}

// commaOKOperand reports whether e is a map index or a receive.
func commaOKOperand(info *types.Info, e ast.Expr) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.IndexExpr:
		t := info.TypeOf(e.X)
		if t == nil {
			return false
		}
		_, ok := t.Underlying().(*types.Map)
		return ok
	case *ast.UnaryExpr:
		return e.Op == token.ARROW
	}
	return false
}

// inLoopBody reports whether the statement on top of stack is one of a
// block's (or a case's) statements within the body of a for statement of
// its function.
func inLoopBody(stack []ast.Node) bool {
	if len(stack) < 2 {
		return false
	}
	switch p := stack[len(stack)-2].(type) {
	case *ast.BlockStmt, *ast.CaseClause:
	case *ast.CommClause:
		if p.Comm == stack[len(stack)-1] {
			return false // case v, ok := <-ch: (lower_selectcases.go)
		}
	default:
		return false // an if's, a for's or a switch's init, a label's statement
	}
	for i := len(stack) - 2; i > 0; i-- {
		switch p := stack[i-1].(type) {
		case *ast.FuncLit, *ast.FuncDecl:
			return false
		case *ast.ForStmt:
			if stack[i] == p.Body {
				return true
			}
		case *ast.RangeStmt:
			if stack[i] == p.Body {
				return true
			}
		}
	}
	return false
}
