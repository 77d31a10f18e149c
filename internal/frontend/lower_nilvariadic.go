package frontend

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
)

// nil passed on as a variadic parameter's slice, or appended.
//
// yaegi v0.16.1 fails to compile a call that passes nil as the slice of a
// variadic parameter: f(nil...) with func f(nums ...int) said "CFG
// post-order panic: runtime error: invalid memory address or nil pointer
// dereference". The pass writes the slice's type, which it compiles:
//
//	f(nil...)  ->  f([]int(nil)...)
//
// It also took a nil appended to a slice (append(ps, nil), ps a []*T or
// a [][]T) for the nil of an interface type where the function put nil in
// an interface elsewhere (var y any = nil, T{nil} of a struct with an any
// field): the call panicked in reflection's words ("reflect.Set: value
// of type interface {} is not assignable to type []main.T"). The nil gets
// the element's type:
//
//	append(ps, nil)  ->  append(ps, (*T)(nil))

// lowerNilVariadics rewrites the calls described above.
func (w *rewriter) lowerNilVariadics(in *inspector.Inspector) {
	info := w.info()
	in.Preorder([]ast.Node{(*ast.CallExpr)(nil)}, func(n ast.Node) {
		call := n.(*ast.CallExpr)
		if !call.Ellipsis.IsValid() || len(call.Args) == 0 {
			return
		}
		last := call.Args[len(call.Args)-1]
		if tv, ok := info.Types[last]; !ok || !tv.IsNil() {
			return
		}
		sig, ok := types.Unalias(info.TypeOf(call.Fun)).Underlying().(*types.Signature)
		if !ok || !sig.Variadic() {
			return
		}
		typ, ok := w.typeSource(sig.Params().At(sig.Params().Len()-1).Type(), call.Pos())
		if !ok {
			return
		}
		w.wrapArg(last, "("+typ+")(", -20)
		w.add(w.offset(last.End()), w.offset(last.End()), ")", 20)
	})
}

// lowerNilAppended rewrites the nil values appended described above (an
// interface's nil is the one the interpreter takes).
func (w *rewriter) lowerNilAppended(in *inspector.Inspector) {
	info := w.info()
	appendCalls(in, info, func(call *ast.CallExpr, st *types.Slice) {
		if types.IsInterface(st.Elem()) || hasTypeParam(st.Elem()) {
			// (A nil of a type of a type parameter, (*T)(nil), failed
			// to compile: "CFG post-order panic".)
			return
		}
		for _, a := range call.Args[1:] {
			if tv, ok := info.Types[a]; !ok || !tv.IsNil() {
				continue
			}
			typ, ok := w.typeSource(st.Elem(), a.Pos())
			if !ok {
				return
			}
			w.wrapArg(a, "("+typ+")(", -20)
			w.add(w.offset(a.End()), w.offset(a.End()), ")", 20)
		}
	})
}
