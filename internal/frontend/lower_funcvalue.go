package frontend

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
)

// The program's functions as values held in interfaces, or returned.
//
// yaegi v0.16.1 holds a function declared at the package level, used as a
// value, as a node of its syntax tree until it is stored in a variable of
// its function type. Put straight into an interface, it matched no type
// assertion or switch case of its type (var v any = f; v.(func(int) any)
// failed, and the type switch took default), and returned from a function
// it panicked (return g in func f() func(): reflect.Set: value of type
// *interp.node is not assignable to type func()). Where such a function is
// converted to an interface, or returned, it goes through a variable of
// its type first:
//
//	var v any = f  ->  var v any = func() func(int) any { var __f func(int) any = f; return __f }()
//	return g       ->  return func() func() { var __f func() = g; return __f }()
//
// An argument of a compiled function (fmt.Println(f),
// runtime.SetFinalizer(p, f)) keeps its form: the interpreter hands it over
// as a function of its own, while the function literal would keep the
// caller's frame, and what it holds, alive (a finalizer's object never
// collected). Generic functions, and functions whose type cannot be
// written where they are used, keep their form too.

// lowerFuncValues rewrites the uses described above.
func (w *rewriter) lowerFuncValues(in *inspector.Inspector) {
	info := w.info()
	w.conversions(in, func(e ast.Expr, target types.Type, call *ast.CallExpr, ret bool) {
		if target == nil || call != nil && compiledCallee(info, call) {
			return
		}
		if _, isParam := types.Unalias(target).(*types.TypeParam); isParam {
			return
		}
		if !types.IsInterface(target) && !ret {
			return
		}
		id, ok := ast.Unparen(e).(*ast.Ident)
		if !ok {
			return
		}
		fn, ok := info.Uses[id].(*types.Func)
		if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "main" || fn.Signature().Recv() != nil || fn.Signature().TypeParams().Len() > 0 {
			return
		}
		ts, ok := w.typeSource(fn.Type(), e.Pos())
		if !ok {
			return
		}
		start, end := w.offset(e.Pos()), w.offset(e.End())
		w.add(start, start, "func() "+ts+" { var __f "+ts+" = ", 40)
		w.add(end, end, "; return __f }()", -40)
	})
}
