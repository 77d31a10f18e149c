package frontend

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
)

// Lowering: conversions, in generic code, to an instance of the program's
// generic types that has the code's type parameters, as assignments.
//
// yaegi v0.16.1 fails to instantiate a generic function that converts a
// value to an instance of a generic type written with its type parameters
// ((*List[T])(nil), Iface[T](x)): the call of the function panicked in its
// compiler ("CFG post-order panic: runtime error: invalid memory
// address"). It declares a variable of that type and assigns to it
// correctly. So where the value is assignable to the type, which makes
// the conversion and the assignment the same, the conversion is written
// as a function literal that assigns and returns the variable:
//
//	(*List[T])(nil)  ->  func() *List[T] { var __v *List[T] = nil; return __v }()
//
// A conversion compared at once (==, !=, a switch's tag or case) is left
// alone: the interpreter compares interface values built so wrongly; so is
// one passed to a function that is not the program's, where the value
// would arrive without its methods (sort.Sort(byAge[T](s)) panicked).
// Instances without type parameters go through aliases (see
// lower_geninstance.go), but pointers to them, which the pass writes as
// above: (*S[int])(nil) was "type not found: S[int]" in a copy of
// generic code written out for its type arguments (lower_specialise.go).

// lowerGenericConversions rewrites the conversions described above.
func (w *rewriter) lowerGenericConversions(in *inspector.Inspector) {
	info := w.info()
	in.WithStack([]ast.Node{(*ast.CallExpr)(nil)}, func(n ast.Node, push bool, stack []ast.Node) bool {
		if !push {
			return false
		}
		call := n.(*ast.CallExpr)
		tv, ok := info.Types[ast.Unparen(call.Fun)]
		if !ok || !tv.IsType() || len(call.Args) != 1 || call.Ellipsis.IsValid() {
			return true
		}
		target := tv.Type
		if _, ptr := types.Unalias(target).(*types.Pointer); !genericInstanceOf(target) || !hasTypeParam(target) && !ptr {
			return true
		}
		at := info.TypeOf(call.Args[0])
		if at == nil || !types.AssignableTo(at, target) {
			return true
		}
		if len(stack) >= 2 {
			switch p := stack[len(stack)-2].(type) {
			case *ast.BinaryExpr:
				if p.Op == token.EQL || p.Op == token.NEQ {
					return true
				}
			case *ast.SwitchStmt:
				if p.Tag == call {
					return true
				}
			case *ast.CaseClause:
				return true
			case *ast.CallExpr:
				// Passed to compiled code (sort.Sort(byAge[T](s))), the
				// value would lose its methods.
				if info.Types[ast.Unparen(p.Fun)].IsType() {
					break // another conversion
				}
				f := calledFunc(info, p.Fun)
				if _, builtin := f.(*types.Builtin); !builtin && (f == nil || f.Pkg() == nil || f.Pkg().Path() != "main") {
					return true
				}
			}
		}
		typ, ok := w.typeSource(target, call.Pos())
		if !ok {
			return true
		}
		// The conversion's parentheses are replaced, so that the edits of
		// other passes inside the value (another conversion) stay.
		w.add(w.offset(call.Pos()), w.offset(call.Lparen)+1, fmt.Sprintf("func() %s { var __v %s = ", typ, typ), 0)
		w.add(w.offset(call.Rparen), w.offset(call.End()), "; return __v }()", 50)
		return true
	})
}

// genericInstanceOf reports whether t is an instance of a generic type of
// the program, or a pointer to one.
func genericInstanceOf(t types.Type) bool {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.TypeArgs().Len() > 0 && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "main"
}
