package frontend

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/asyncrepl/asyncrepl/internal/gosrc"
)

// Lowering: a short variable declaration of several values that assigns
// some of its names.
//
// In s, n := 2, 3, where s is already declared in the same scope, Go
// declares n only and assigns s. yaegi v0.16.1 declares s anew when the
// right side is a list of values (not with one call, v, ok := m[k] and
// the like): a pointer to s, or a closure that assigns it, kept the old
// variable (Go printed 4 3 for s := 1; p := &s; s, n := 2, 3; *p = 4, the
// interpreter 2 3). The pass declares the new names first and assigns
// them all, every value evaluated first (as lower_tupleassign.go's
// valuesFirst: s, n := 5, s*10 gives n the old s's):
//
//	s, n := 2, 3  ->  var n int; { var __v1 int = 2; var __v2 int = 3; s = __v1; n = __v2; }
//
// At the top level of an input the interpreter declares s anew with a
// call's results too (var e error; pe := &e; n, e := strconv.Atoi("x")
// left *pe nil), and with a comma-ok form (j, ok := w.(int), m[k], <-ch):
// there the new names are declared and the results assigned. A comma-ok
// form at the top level of an input is written so even where it declares
// every name: the interpreter failed on one whose map or channel the same
// input made (m := map[string]int{}; v, ok := m["a"]: "nil type"):
//
//	n, e := strconv.Atoi("x")  ->  var n int; n, e = strconv.Atoi("x")
//
// It does so for a statement of a block (not an if, for or switch
// statement's init, nor a labeled one), where the new names' types can be
// written there. At the top level of an input at the prompt, a name an
// earlier input declared is declared anew (see the README), as the type
// check says; one the same input declared before is assigned, as in Go
// (x := 1; p := &x; x, y := 2, 3 left *p at 1, and a := 1.5; a, b := 2, 3
// panicked in reflection's words).

// lowerRedefines lowers the declarations described above.
func (w *rewriter) lowerRedefines(in *inspector.Inspector) {
	info := w.info()
	if info == nil {
		return
	}
	in.WithStack([]ast.Node{(*ast.AssignStmt)(nil)}, func(n ast.Node, push bool, stack []ast.Node) bool {
		if !push {
			return true
		}
		as := n.(*ast.AssignStmt)
		if as.Tok != token.DEFINE || len(as.Lhs) < 2 || len(stack) < 2 {
			return true
		}
		switch stack[len(stack)-2].(type) {
		case *ast.BlockStmt, *ast.CaseClause, *ast.CommClause:
		default:
			return true
		}
		// results: one expression on the right, a call's results or a
		// comma-ok form (commaOK: v, ok := x.(T), m[k], <-ch), which the
		// interpreter declares as Go does except at the top level of an
		// input.
		results := len(as.Rhs) == 1
		commaOK := false
		if results {
			if !w.inputTop(stack) {
				return true
			}
			switch r := ast.Unparen(as.Rhs[0]).(type) {
			case *ast.CallExpr:
				if _, ok := info.TypeOf(r).(*types.Tuple); !ok {
					return true
				}
			case *ast.TypeAssertExpr, *ast.IndexExpr:
				commaOK = true
			case *ast.UnaryExpr:
				if r.Op != token.ARROW {
					return true
				}
				commaOK = true
			default:
				return true
			}
		} else if len(as.Rhs) != len(as.Lhs) {
			return true
		}
		var decls []string
		reused := false
		for _, l := range as.Lhs {
			id, ok := l.(*ast.Ident)
			if !ok || id.Name == "_" {
				continue
			}
			obj := info.Defs[id]
			if obj == nil {
				reused = true
				continue
			}
			if !expressible(obj.Type()) {
				return true
			}
			decls = append(decls, fmt.Sprintf("var %s %s; ", id.Name, w.argTypeSource(obj.Type(), id.Pos())))
		}
		if !reused && !commaOK {
			return true
		}
		if results {
			w.add(w.offset(as.Pos()), w.offset(as.Pos()), strings.Join(decls, ""), -10)
			w.add(w.offset(as.TokPos), w.offset(as.TokPos)+len(":="), "=", 0)
			return true
		}
		values, ok := w.valuesFirst(info, as)
		if !ok {
			return true
		}
		w.add(w.offset(as.Pos()), w.offset(as.End()), strings.Join(decls, "")+"{ "+values+"}", -10)
		return true
	})
}

// inputTop reports whether the innermost node of stack is a statement at
// the top level of a statement input.
func (w *rewriter) inputTop(stack []ast.Node) bool {
	if len(stack) < 3 {
		return false
	}
	fd, ok := stack[len(stack)-3].(*ast.FuncDecl)
	return ok && w.isStmtWrapper(fd) && stack[len(stack)-2] == fd.Body
}

// isStmtWrapper reports whether fd is the function a statement input is
// wrapped in to be checked (see check.go).
func (w *rewriter) isStmtWrapper(fd *ast.FuncDecl) bool {
	if w.plan.Seg.Kind != gosrc.SegStmt || len(w.file.Decls) == 0 {
		return false
	}
	return w.file.Decls[len(w.file.Decls)-1] == fd
}
