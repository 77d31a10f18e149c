package frontend

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ast/inspector"
)

// Lowering: the variables a select case declares, captured by a closure
// or by their address, in a select left to the interpreter (the others
// declare them anew at each run: lower_selectcases.go).
//
// yaegi v0.16.1 gives the variables of case x := <-ch one place for every
// run of the select, so closures made in its body in a loop all saw the
// last value received, and so did pointers &x kept from each run (Go
// makes new variables each time the case runs). Where a function literal
// in the body mentions one, or the body takes its address, the body goes
// in a block of its own that starts with a copy of it:
//
//	case x := <-ch: fs = append(fs, func() int { return x })
//	  ->  case x := <-ch: { x := x; fs = append(fs, func() int { return x }) }
//	case x := <-ch: ptrs[i] = &x
//	  ->  case x := <-ch: { x := x; ptrs[i] = &x }

// lowerSelectVars copies the variables described above.
func (w *rewriter) lowerSelectVars(in *inspector.Inspector) {
	info := w.info()
	in.WithStack([]ast.Node{(*ast.CommClause)(nil)}, func(n ast.Node, push bool, stack []ast.Node) bool {
		if !push {
			return true
		}
		if len(stack) >= 3 {
			if sel, ok := stack[len(stack)-3].(*ast.SelectStmt); ok && w.loweredSelects[sel] {
				return true // its variables are new at each run (lower_selectcases.go)
			}
		}
		cc := n.(*ast.CommClause)
		as, ok := cc.Comm.(*ast.AssignStmt)
		if !ok || as.Tok != token.DEFINE || len(cc.Body) == 0 {
			return true
		}
		vars := map[types.Object]string{}
		for _, l := range as.Lhs {
			if id, ok := l.(*ast.Ident); ok && id.Name != "_" {
				if obj := info.Defs[id]; obj != nil {
					vars[obj] = id.Name
				}
			}
		}
		captured := map[string]bool{}
		var order []string
		for _, st := range cc.Body {
			ast.Inspect(st, func(n ast.Node) bool {
				if u, ok := n.(*ast.UnaryExpr); ok && u.Op == token.AND {
					// &x: a pointer kept past the case's run.
					if id, ok := ast.Unparen(u.X).(*ast.Ident); ok {
						if name, ok := vars[info.Uses[id]]; ok && !captured[name] {
							captured[name] = true
							order = append(order, name)
						}
					}
					return true
				}
				lit, ok := n.(*ast.FuncLit)
				if !ok {
					return true
				}
				ast.Inspect(lit.Body, func(n ast.Node) bool {
					if id, ok := n.(*ast.Ident); ok {
						if name, ok := vars[info.Uses[id]]; ok && !captured[name] {
							captured[name] = true
							order = append(order, name)
						}
					}
					return true
				})
				return false
			})
		}
		if len(order) == 0 {
			return true
		}
		var b strings.Builder
		b.WriteString(" {")
		for _, name := range order {
			b.WriteString(" " + name + " := " + name + ";")
		}
		open := w.offset(cc.Colon) + 1
		w.add(open, open, b.String(), -10)
		end := w.offset(cc.End())
		w.add(end, end, " }", 10)
		return true
	})
}
