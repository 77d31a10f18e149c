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
// declare in a loop's body one place for all the iterations: the closures,
// goroutines and pointers of each iteration saw the last iteration's values
// (x := m[k] and var declarations get a place per iteration). In a loop's
// body, the statement assigns variables of its own first, and declares
// (or assigns) its variables from them, each declaration a place of the
// iteration's; a blank's value goes to a variable of its own too (the
// interpreter stored a receive's value where ok is: _, ok := <-ch), and
// the right side reads the outer variable of a name it declares as Go does
// (k, ok := m[k]):
//
//	v, ok := m[k]  ->  var __ck1 int; var __ck2 bool; __ck1, __ck2 = m[k]; var v = __ck1; var ok = __ck2

// lowerLoopCommaOK rewrites the statements described above.
func (w *rewriter) lowerLoopCommaOK(in *inspector.Inspector) {
	info := w.info()
	in.WithStack([]ast.Node{(*ast.AssignStmt)(nil)}, func(n ast.Node, push bool, stack []ast.Node) bool {
		as := n.(*ast.AssignStmt)
		if !push || as.Tok != token.DEFINE || len(as.Lhs) != 2 || len(as.Rhs) != 1 || !commaOKOperand(info, as.Rhs[0]) || !inLoopBody(stack) {
			return true
		}
		if decls, ok := w.commaOKTemps(as, false); ok {
			if w.loopCommaOK == nil {
				w.loopCommaOK = map[*ast.AssignStmt]bool{}
			}
			w.loopCommaOK[as] = true
			start := w.offset(as.Pos())
			w.add(start, start, decls, -1)
		}
		return true
	})
}

// commaOKTemps returns the declarations of the variables of its own that
// as, v, ok := x, assigns, and makes it declare (or assign) its variables
// from them after it (in a header, header); ok is false, and nothing is
// changed, where it cannot.
func (w *rewriter) commaOKTemps(as *ast.AssignStmt, header bool) (string, bool) {
	info := w.info()
	tuple, ok := info.TypeOf(as.Rhs[0]).(*types.Tuple)
	if !ok || tuple.Len() != 2 {
		return "", false
	}
	decls, after := "", ""
	temps := make([]string, len(as.Lhs))
	for i, l := range as.Lhs {
		id, ok := l.(*ast.Ident)
		if !ok {
			return "", false
		}
		t := tuple.At(i).Type()
		obj := info.ObjectOf(id)
		value := t
		if obj != nil {
			t = obj.Type()
		}
		if info.Defs[id] == nil && !isBlank(id) && redeclaredIface(t, value) {
			t = value // (see lower_redeclared.go)
		}
		ts, ok := w.typeSource(t, as.Pos())
		if !ok {
			return "", false
		}
		temps[i] = w.tmpName("ck")
		decls += "var " + temps[i] + " " + ts + "; "
		switch {
		case isBlank(id):
		case info.Defs[id] != nil:
			after += "; var " + id.Name + " = " + temps[i]
		default:
			after += "; " + w.shadowedText(id) + " = " + w.assignedValue(t, obj.Type(), temps[i], id.Pos())
		}
	}
	for i, l := range as.Lhs {
		// After what goes before the statement (the key read once,
		// lower_mapcommaok.go).
		w.add(w.offset(l.Pos()), w.offset(l.End()), temps[i], 100)
	}
	tok := w.offset(as.TokPos)
	w.add(tok, tok+len(":="), "=", 0)
	end := w.offset(as.End())
	if header {
		w.add(end, end, after, -1) // before moveInit's replacing of the rest of the header
	} else {
		w.addOuter(end, end, after, 0)
	}
	return decls, true
}

// lowerLoopCommaOKHeaders does the same for the init of an if or switch
// statement in a loop's body, declared in a block around the statement
// (where lower_mapcommaok.go made one for a map index, in it):
//
//	if v, ok := <-ch; ok {...}  ->  { var __ck1 int; var __ck2 bool; __ck1, __ck2 = <-ch; var v = __ck1; var ok = __ck2; if ok {...} }
func (w *rewriter) lowerLoopCommaOKHeaders(in *inspector.Inspector) {
	info := w.info()
	in.WithStack([]ast.Node{(*ast.IfStmt)(nil), (*ast.SwitchStmt)(nil)}, func(n ast.Node, push bool, stack []ast.Node) bool {
		if !push {
			return true
		}
		var init ast.Stmt
		switch h := n.(type) {
		case *ast.IfStmt:
			init = h.Init
		case *ast.SwitchStmt:
			init = h.Init
		}
		as, ok := init.(*ast.AssignStmt)
		if !ok || as.Tok != token.DEFINE || len(as.Lhs) != 2 || len(as.Rhs) != 1 || !commaOKOperand(info, as.Rhs[0]) || !inLoopBody(stack) {
			return true
		}
		_, isIndex := ast.Unparen(as.Rhs[0]).(*ast.IndexExpr)
		if isIndex && !w.movedInits[as] {
			return true // left in the header
		}
		labeled, _ := stack[len(stack)-2].(*ast.LabeledStmt)
		decls, ok := w.commaOKTemps(as, true)
		if !ok {
			return true
		}
		if isIndex {
			start := w.offset(as.Pos())
			w.add(start, start, decls, 1) // after the block's opening
			return true
		}
		w.moveInit(n.(ast.Stmt), labeled, as, decls, "")
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
