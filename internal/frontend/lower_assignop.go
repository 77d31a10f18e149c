package frontend

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/ast/inspector"
)

// Lowering: x[k] op= f(), with the calls made in Go's order.
//
// Go evaluates the calls (and receives) of an assignment with an operator
// in lexical order, those of the place first, and reads and writes the
// place once, after the value; gc reads the place's variables (the map or
// slice variable, an index variable, a pointer) then too, and checks the
// index, the pointer and the map there, after the calls: where the value's
// call assigns what the place is made of, the place is the one the call
// leaves, and an index out of range panics after the call has run.
// yaegi v0.16.1 read the element before the value's call and wrote it
// after it, each where it was then: in m[k] += f() where f assigns
// m = other, it read m[k] and wrote other[k]; in s[i] += f(), *p += f()
// and p.n += f() it read and wrote the place before the call. So the
// calls of the place go first, each to a variable of its type, in their
// order, then the value, and the assignment uses the variables:
//
//	m[k] += f()      ->  { var __op12 int = f(); m[k] += __op12 }
//	m[g()] += f()    ->  { var __opx14 string = g(); var __op12 int = f(); m[__opx14] += __op12 }
//	*p() += f()      ->  { var __opx13 *int = p(); var __op12 int = f(); *__opx13 += __op12 }
//
// Only whole calls, receives and && or || holding one go to variables (a
// conversion's or a built-in function's operands are looked into); a
// constant, a variable or arithmetic of them stays in place, so that it is
// read when Go reads it, and the checks of the place (an index's bounds,
// a nil pointer, see lower_bounds.go and lower_nilderef.go) stay in the
// assignment, after the value. Where a statement cannot be a block (the
// post statement of a for, the initial statement of an if, a switch or a
// for), the same statements are the body of a function literal called
// there:
//
//	for ...; ...; m[k] += f() {  ->  for ...; ...; func() { var __op12 int = f(); m[k] += __op12 }() {
//
// A place that is a variable (n += f()) was right, and is left; so is an
// assignment whose value calls nothing (m[g()] += 1: the interpreter
// calls g once). An assignment of which a type cannot be written where it
// is is left to the interpreter.

// lowerAssignOpCalls rewrites the assignments described above.
func (w *rewriter) lowerAssignOpCalls(in *inspector.Inspector) {
	info := w.info()
	for c := range in.Root().Preorder((*ast.AssignStmt)(nil)) {
		as := c.Node().(*ast.AssignStmt)
		if as.Tok == token.ASSIGN || as.Tok == token.DEFINE || len(as.Lhs) != 1 || len(as.Rhs) != 1 {
			continue
		}
		place := as.Lhs[0]
		if _, isVar := ast.Unparen(place).(*ast.Ident); isVar {
			continue
		}
		rhs := as.Rhs[0]
		tv := info.Types[rhs]
		if tv.Value != nil || tv.Type == nil || !runsCode(info, rhs) {
			continue
		}
		open, close := "{ ", " }"
		switch c.Parent().Node().(type) {
		case *ast.BlockStmt, *ast.CaseClause, *ast.CommClause, *ast.LabeledStmt:
		case *ast.ForStmt, *ast.IfStmt, *ast.SwitchStmt, *ast.TypeSwitchStmt:
			open, close = "func() { ", " }()" // an initial or post statement
		default:
			continue
		}
		vt := tv.Type
		if b, ok := vt.(*types.Basic); ok && b.Info()&types.IsUntyped != 0 {
			vt = types.Default(vt) // x += 1 << g(): not a constant
			if as.Tok != token.SHL_ASSIGN && as.Tok != token.SHR_ASSIGN {
				vt = info.TypeOf(place)
			}
		}
		t, ok := w.typeSource(vt, as.Pos())
		if !ok {
			continue
		}
		operands := placeOperands(info, place)
		var b strings.Builder
		b.WriteString(open)
		names := make([]string, len(operands))
		for i, x := range operands {
			xt := info.TypeOf(x)
			if b, isBasic := xt.(*types.Basic); isBasic && b.Info()&types.IsUntyped != 0 {
				xt = types.Default(xt) // g() && h(), a map key of its own
			}
			ts, ok := w.typeSource(xt, as.Pos())
			if !ok {
				b.Reset()
				break
			}
			names[i] = "__opx" + strconv.Itoa(w.offset(x.Pos()))
			b.WriteString("var " + names[i] + " " + ts + " = " + w.moved(x) + "; ")
		}
		if b.Len() == 0 {
			continue
		}
		name := "__op" + strconv.Itoa(w.offset(as.Pos()))
		b.WriteString("var " + name + " " + t + " = " + w.moved(rhs) + "; ")
		prefix := b.String()
		start := w.offset(as.Pos())
		if len(operands) == 0 || w.offset(operands[0].Pos()) != start {
			// Before all else there: a check wrapping what the
			// statement starts with goes in the assignment.
			w.add(start, start, prefix, -100)
			prefix = ""
		}
		// else: g().n += f(): the prefix goes with the replacement of g(),
		// which an insertion at the same place would go into.
		if w.opOperands == nil {
			w.opOperands = map[ast.Expr]opOperand{}
		}
		for i, x := range operands {
			w.opOperands[x] = opOperand{edit: len(w.edits), prefix: prefix, name: names[i]}
			w.vacate(x, prefix+names[i])
			prefix = ""
		}
		w.vacate(rhs, name+close)
	}
}

// opOperand is a call of the place of x[k] op= f() that goes to a
// variable: the edit replacing it by the variable (after the statements
// that go before the assignment, where it starts the statement).
type opOperand struct {
	edit         int
	prefix, name string
}

// wrapOpOperand writes x, a call of the place of x[k] op= f() that goes to
// a variable, as open + its variable + close, and reports whether x is
// one: a check of x (lower_bounds.go, lower_nilderef.go) is made where the
// assignment uses it, after f.
func (w *rewriter) wrapOpOperand(x ast.Expr, open, close string) bool {
	op, ok := w.opOperands[ast.Unparen(x)]
	if ok {
		w.edits[op.edit].Text = op.prefix + open + op.name + close
	}
	return ok
}

// placeOperands returns, in their order, the calls, the receives and the
// && and || holding either in the place assigned, outside one another:
// what Go evaluates before an assignment's value.
func placeOperands(info *types.Info, place ast.Expr) []ast.Expr {
	var out []ast.Expr
	ast.Inspect(place, func(n ast.Node) bool {
		e, ok := n.(ast.Expr)
		if !ok {
			return true
		}
		if tv, ok := info.Types[e]; ok && tv.IsType() {
			return false
		}
		switch e := e.(type) {
		case *ast.FuncLit:
			return false
		case *ast.CallExpr:
			if plainCall(info, e) {
				out = append(out, e)
				return false
			}
		case *ast.UnaryExpr:
			if e.Op == token.ARROW {
				out = append(out, e)
				return false
			}
		case *ast.BinaryExpr:
			if (e.Op == token.LAND || e.Op == token.LOR) && runsCode(info, e) {
				out = append(out, e)
				return false
			}
		}
		return true
	})
	return out
}

// plainCall reports whether call calls a function: it is not a
// conversion or a call of a built-in function.
func plainCall(info *types.Info, call *ast.CallExpr) bool {
	if tv, ok := info.Types[call.Fun]; ok && tv.IsType() {
		return false
	}
	if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok {
		if _, builtin := info.Uses[id].(*types.Builtin); builtin {
			return false
		}
	}
	return true
}

// runsCode reports whether evaluating e calls a function (not a
// conversion or a built-in function) or receives from a channel, outside
// the function literals it holds.
func runsCode(info *types.Info, e ast.Expr) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.UnaryExpr:
			found = found || n.Op == token.ARROW
		case *ast.CallExpr:
			found = found || plainCall(info, n)
		}
		return !found
	})
	return found
}
