package frontend

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
)

// Lowering: a function the program declares, appended by its name.
//
// yaegi v0.16.1 appends such a function to a slice of functions as its
// own node, not a function value: append(fs, double) panicked before the
// program printed anything ("reflect.Set: value of type *interp.node is
// not assignable to type func(int) int", the usual list of handlers or
// middleware). A conversion to the element type makes the value first:
//
//	append(fs, double)  ->  append(fs, (func(int) int)(double))
//
// (A variable holding the function, a literal, a method value or a
// compiled function were appended right.) A call whose element type
// cannot be written where it is keeps its form.

// lowerAppendFuncs rewrites the calls of append described above.
func (w *rewriter) lowerAppendFuncs(in *inspector.Inspector) {
	info := w.info()
	appendCalls(in, info, func(call *ast.CallExpr, st *types.Slice) {
		if _, ok := st.Elem().Underlying().(*types.Signature); !ok {
			return
		}
		for _, a := range call.Args[1:] {
			a = ast.Unparen(a) // (double) too
			fn, ok := info.Uses[calleeIdent(a)].(*types.Func)
			if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "main" || fn.Signature().Recv() != nil {
				continue
			}
			if _, sel := a.(*ast.SelectorExpr); sel {
				continue // a method expression, not a declared function's name
			}
			ts, ok := w.typeSource(st.Elem(), a.Pos())
			if !ok {
				return
			}
			w.wrapArg(a, "("+ts+")(", -6)
			w.add(w.offset(a.End()), w.offset(a.End()), ")", 6)
		}
	})
}
