package frontend

import (
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ast/inspector"
)

// Lowering: f(g()), g's results passed to a function that takes an
// interface of the program's and a value of another type.
//
// yaegi v0.16.1 passes the results of g to f's parameters converted as
// the first interface parameter is: with func use(s Shape, e error),
// use(shape()) panicked ("reflect.Set: value of type interp.valueInterface
// is not assignable to type error"). The pass takes the results into
// variables first, in a function literal that returns what f returns:
//
//	use(shape())  ->  func() { __a1, __a2 := shape(); use(__a1, __a2) }()
//	n := count(shape())  ->  n := func() (int) { __a1, __a2 := shape(); return count(__a1, __a2) }()
//
// f is a function or method named by an identifier or a selector of
// identifiers (evaluated after g in the literal: one with effects would
// be moved). A call in a go or defer statement takes its arguments at
// the statement already (hoistArgs).
//
// Where one of g's results is converted to an interface other than the
// program's and needs what the front end adds to such a conversion (a
// typed nil, a value with methods held in an any: tupleConvRisk), a call
// of a function of the program's (a variadic one too) is refused, with
// the way around: the variables the literal would pass get none of it.

// lowerTupleCalls rewrites the calls described above.
func (w *rewriter) lowerTupleCalls(in *inspector.Inspector) {
	info := w.info()
	if info == nil {
		return
	}
	in.WithStack([]ast.Node{(*ast.CallExpr)(nil)}, func(n ast.Node, push bool, stack []ast.Node) bool {
		if !push {
			return true
		}
		call := n.(*ast.CallExpr)
		if len(call.Args) != 1 || call.Ellipsis.IsValid() {
			return true
		}
		tuple, ok := info.TypeOf(call.Args[0]).(*types.Tuple)
		if !ok || tuple.Len() < 2 {
			return true
		}
		if tv := info.Types[call.Fun]; tv.IsType() || tv.IsBuiltin() {
			return true
		}
		sig, ok := info.TypeOf(call.Fun).(*types.Signature)
		if !ok {
			return true
		}
		if fn, ok := calledFunc(info, call.Fun).(*types.Func); ok && (fn.Pkg() == nil || fn.Pkg().Path() != "main") {
			return true // compiled code gets them as they are (fmt's, lower_fmtheld.go's lowerFmtTuple)
		}
		if w.refuseTupleRisk(call, "a call given another call's results whole", "a, b := g(); f(a, b)", tuple, func(i int) types.Type { return paramType(sig, i, false) }) {
			return true
		}
		switch p := stack[len(stack)-2].(type) {
		case *ast.GoStmt:
			if p.Call == call {
				return true
			}
		case *ast.DeferStmt:
			if p.Call == call {
				return true
			}
		}
		if sig.Variadic() || !mixedIfaceParams(sig) || !plainCallee(call.Fun) {
			return true
		}
		var results []string
		for v := range sig.Results().Variables() {
			src, ok := w.typeSource(v.Type(), call.Pos())
			if !ok {
				return true
			}
			results = append(results, src)
		}
		var tmps []string
		for range tuple.Len() {
			tmps = append(tmps, w.tmpName("a"))
		}
		head := "func() { "
		ret := ""
		if len(results) > 0 {
			head = "func() (" + strings.Join(results, ", ") + ") { "
			ret = "return "
		}
		start, end := w.offset(call.Pos()), w.offset(call.End())
		w.add(start, start, head+strings.Join(tmps, ", ")+" := "+w.moved(call.Args[0])+"; "+ret, -3)
		w.vacate(call.Args[0], strings.Join(tmps, ", "))
		w.add(end, end, " }()", 3)
		return true
	})
}

// plainCallee reports whether fun names a function or method without
// effects of its own: an identifier, a selector of identifiers, or an
// instance of either (f[int]).
func plainCallee(fun ast.Expr) bool {
	switch f := ast.Unparen(fun).(type) {
	case *ast.Ident:
		return true
	case *ast.SelectorExpr:
		return plainCallee(f.X)
	case *ast.IndexExpr:
		return plainCallee(f.X)
	case *ast.IndexListExpr:
		return plainCallee(f.X)
	}
	return false
}

// mixedIfaceParams reports whether sig takes an interface of the
// program's and a parameter of another type.
func mixedIfaceParams(sig *types.Signature) bool {
	params := sig.Params()
	for i := range params.Len() {
		if _, ok := interpretedIface(params.At(i).Type()); !ok {
			continue
		}
		for j := range params.Len() {
			if !types.Identical(params.At(i).Type(), params.At(j).Type()) {
				return true
			}
		}
	}
	return false
}
