package frontend

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ast/inspector"
)

// The operands of a select's cases.
//
// Go evaluates the channels of a select's cases and the values sent,
// once each, in source order, before it chooses a case. yaegi v0.16.1
// evaluates them in an order of its own, so a case whose value is a call
// that changes a channel of an earlier case (case <-ch: ... case out <-
// f():, with f setting ch) sees the change, and the select can block for
// good. Where an operand calls a function or receives, the pass evaluates
// every operand before the select, in Go's order, into variables of the
// types Go gives them:
//
//	select { case <-ch: ... case out <- f(): ... }
//
// becomes
//
//	__s1 := ch; __s2 := out; var __s3 int = f(); select { case <-__s1: ... case __s2 <- __s3: ... }
//
// The same goes for a case that receives into variables from an element
// of an array through a pointer (case it = <-dat[0], dat a *[2]chan T):
// yaegi failed to find the channel's type there (its compiler's nil
// pointer dereference, "the interpreter failed on this input"), and takes
// the variable.
//
// A select with a label is left as it is (the variables would come
// between the label and the statement). A constant sent is converted to
// the channel's element type, which yaegi did not do (it sent an untyped
// 2 on a chan float64 as an int, and the select panicked).

// lowerSelectOrder rewrites the selects described above.
func (w *rewriter) lowerSelectOrder(in *inspector.Inspector) {
	info := w.info()
	in.WithStack([]ast.Node{(*ast.SelectStmt)(nil)}, func(n ast.Node, push bool, stack []ast.Node) bool {
		if !push {
			return true
		}
		sel := n.(*ast.SelectStmt)
		if len(stack) < 2 {
			return true
		}
		switch stack[len(stack)-2].(type) {
		case *ast.BlockStmt, *ast.CaseClause, *ast.CommClause:
		default:
			return true // labeled, or not in a list of statements
		}
		type operand struct {
			e    ast.Expr
			elem types.Type // the channel's element type, for a value sent
		}
		var ops []operand
		effects := false // or a channel the interpreter cannot type

		for _, s := range sel.Body.List {
			switch c := s.(*ast.CommClause).Comm.(type) {
			case *ast.SendStmt:
				ops = append(ops, operand{e: c.Chan})
				ch, ok := underlying(info.TypeOf(c.Chan)).(*types.Chan)
				if !ok {
					return true
				}
				ops = append(ops, operand{e: c.Value, elem: ch.Elem()})
			case *ast.ExprStmt:
				if u, ok := ast.Unparen(c.X).(*ast.UnaryExpr); ok && u.Op == token.ARROW {
					ops = append(ops, operand{e: u.X})
				}
			case *ast.AssignStmt:
				if len(c.Rhs) == 1 {
					if u, ok := ast.Unparen(c.Rhs[0]).(*ast.UnaryExpr); ok && u.Op == token.ARROW {
						ops = append(ops, operand{e: u.X})
						effects = effects || ptrArrayIndex(info, u.X)
					}
				}
			}
		}
		for _, op := range ops {
			effects = effects || hasCallOrRecv(op.e) && !isConversion(info, op.e)
			// A constant sent goes as a value of the channel's type:
			// yaegi sent an untyped 2 on a chan float64 as an int
			// ("reflect.Select: value of type int is not assignable").
			if tv, ok := info.Types[op.e]; ok && tv.Value != nil && op.elem != nil {
				if t, ok := w.typeSource(op.elem, sel.Pos()); ok {
					w.add(w.offset(op.e.Pos()), w.offset(op.e.Pos()), t+"(", -4)
					w.add(w.offset(op.e.End()), w.offset(op.e.End()), ")", 4)
				}
			}
		}
		if !effects {
			return true
		}
		var decls []string
		for _, op := range ops {
			if tv, ok := info.Types[op.e]; ok && tv.Value != nil || isNilIdent(op.e) {
				continue // a constant or nil stays where it is
			}
			tmp := w.tmpName("s")
			if op.elem != nil {
				t, ok := w.typeSource(op.elem, sel.Pos())
				if !ok {
					return true
				}
				decls = append(decls, "var "+tmp+" "+t+" = "+w.varInit(info, op.e, t))
			} else {
				decls = append(decls, tmp+" := "+w.moved(op.e))
			}
			w.vacate(op.e, tmp)
		}
		at := w.offset(sel.Pos())
		w.add(at, at, strings.Join(decls, "; ")+"; ", -40)
		return true
	})
}

// isConversion reports whether e is a conversion, which calls nothing.
func isConversion(info *types.Info, e ast.Expr) bool {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return false
	}
	tv, ok := info.Types[call.Fun]
	return ok && tv.IsType() && !hasCallOrRecv(call.Args[0])
}

// ptrArrayIndex reports whether e indexes an array through a pointer.
func ptrArrayIndex(info *types.Info, e ast.Expr) bool {
	ix, ok := ast.Unparen(e).(*ast.IndexExpr)
	if !ok {
		return false
	}
	p, ok := underlying(info.TypeOf(ix.X)).(*types.Pointer)
	if !ok {
		return false
	}
	_, ok = underlying(p.Elem()).(*types.Array)
	return ok
}
