package frontend

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
)

// Lowering: an assertion to a channel type of one direction.
//
// yaegi v0.16.1 asserts an interface holding a channel to a channel type
// by assignability, not identity: a chan int held in an any passed
// x.(<-chan int) and x.(chan<- int), and a type switch took the first of
// such cases, where Go's assertion fails (a chan int is not a <-chan
// int). The operand goes through the host runtime, which gives a channel
// of another direction as nil (so the comma-ok form answers false) or
// panics with Go's run-time error:
//
//	r, ok := x.(<-chan int)
//	  ->
//	r, ok := __repl.ChanDir("f.go:9:10", x, (<-chan int)(nil), "interface {}", true).(<-chan int)
//
// A type switch's cases (see typeSwitch in frontend.go) are asserted
// through it too.

// lowerChanDir wraps the operands of assertions to a channel type of one
// direction.
func (w *rewriter) lowerChanDir(in *inspector.Inspector) {
	info := w.info()
	if info == nil {
		return
	}
	in.WithStack([]ast.Node{(*ast.TypeAssertExpr)(nil)}, func(n ast.Node, push bool, stack []ast.Node) bool {
		e := n.(*ast.TypeAssertExpr)
		if !push || e.Type == nil {
			return true
		}
		t, x := info.TypeOf(e.Type), info.TypeOf(e.X)
		if !directionalChan(t) || x == nil || !types.IsInterface(x) {
			return true
		}
		if iface, ok := x.Underlying().(*types.Interface); !ok || !iface.Empty() {
			return true // a channel has no methods
		}
		typ, ok := w.typeSource(t, e.Pos())
		if !ok {
			return true
		}
		commaOK := len(stack) > 1 && isCommaOKValue(stack[len(stack)-2], e)
		pos, end := w.src.Position(w.offset(e.Pos())), w.offset(e.X.End())
		w.wrapArg(e.X, fmt.Sprintf("%s.ChanDir(%q, ", HelperPkg, pos), -5)
		w.add(end, end, fmt.Sprintf(", (%s)(nil), %q, %v)", typ, reflectString(x), commaOK), 5)
		return true
	})
}

// directionalChan reports whether t is a channel type of one direction
// that is not a named type (a named one is asserted by its name).
func directionalChan(t types.Type) bool {
	if t == nil {
		return false
	}
	c, ok := types.Unalias(t).(*types.Chan)
	return ok && c.Dir() != types.SendRecv
}

// lowerChanCompare converts the operand of a comparison of two channels
// of different directions (ro == ch with ro a <-chan int and ch a chan
// int, which Go allows, ch being assignable to ro's type) that is
// bidirectional to the other's type: yaegi v0.16.1 refused the comparison
// ("invalid operation: mismatched types <-chan int and chan int").
//
//	ro == ch  ->  ro == (<-chan int)(ch)
func (w *rewriter) lowerChanCompare(in *inspector.Inspector) {
	info := w.info()
	if info == nil {
		return
	}
	in.Preorder([]ast.Node{(*ast.BinaryExpr)(nil)}, func(n ast.Node) {
		e := n.(*ast.BinaryExpr)
		if e.Op != token.EQL && e.Op != token.NEQ {
			return
		}
		xt, yt := info.TypeOf(e.X), info.TypeOf(e.Y)
		if xt == nil || yt == nil || types.Identical(xt, yt) {
			return
		}
		xc, ok := xt.Underlying().(*types.Chan)
		yc, ok2 := yt.Underlying().(*types.Chan)
		if !ok || !ok2 || types.Identical(xc, yc) {
			return // (a named channel type and its underlying one: lower_cmpconv.go)
		}
		operand, to := e.Y, xt // the bidirectional one, converted to the other's type
		if xc.Dir() == types.SendRecv && yc.Dir() != types.SendRecv {
			operand, to = e.X, yt
		}
		typ, ok := w.typeSource(to, e.Pos())
		if !ok {
			return
		}
		w.wrapArg(operand, "("+typ+")(", -5)
		end := w.offset(operand.End())
		w.add(end, end, ")", 5)
	})
}
