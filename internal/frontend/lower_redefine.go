package frontend

import (
	"fmt"
	"go/ast"
	"go/token"
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
// It does so for a statement of a block (not an if, for or switch
// statement's init, nor a labeled one), in a function of the program's
// (the top level of an input at the prompt declares its names anew, see
// the README), where the new names' types can be written there.

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
		if as.Tok != token.DEFINE || len(as.Lhs) < 2 || len(as.Rhs) != len(as.Lhs) || len(stack) < 2 {
			return true
		}
		switch stack[len(stack)-2].(type) {
		case *ast.BlockStmt, *ast.CaseClause, *ast.CommClause:
		default:
			return true
		}
		if !w.inProgramFunc(stack) {
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
		if !reused {
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

// inProgramFunc reports whether the innermost node of stack is in a
// function of the program's: not at the top level of a statement input,
// whose wrapper function declares the session's variables.
func (w *rewriter) inProgramFunc(stack []ast.Node) bool {
	for i := len(stack) - 1; i >= 0; i-- {
		switch f := stack[i].(type) {
		case *ast.FuncLit:
			return true
		case *ast.FuncDecl:
			return !w.isStmtWrapper(f)
		}
	}
	return false
}

// isStmtWrapper reports whether fd is the function a statement input is
// wrapped in to be checked (see check.go).
func (w *rewriter) isStmtWrapper(fd *ast.FuncDecl) bool {
	if w.plan.Seg.Kind != gosrc.SegStmt || len(w.file.Decls) == 0 {
		return false
	}
	return w.file.Decls[len(w.file.Decls)-1] == fd
}
