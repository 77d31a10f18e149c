package frontend

import (
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ast/inspector"
)

// A return of several values in a function with named results.
//
// Go evaluates every value of return x, y before it assigns any result.
// yaegi v0.16.1 assigns the named results one by one, so a value that
// reads an earlier result sees its new value: in func f() (a, b int),
// return b, a returned b twice. Where a value reads one of the
// function's named results, the pass evaluates the values into variables
// of the results' types first:
//
//	return b, a  ->  { var __t1 int = b; var __t2 int = a; return __t1, __t2 }
//
// So does a return of several values one of which is of an interface of
// the program's and another an operation (return t, i+1 in a func()
// (Token, int)): yaegi v0.16.1 stored the interface's value in the
// other's result ("reflect.Set: value of type interp.valueInterface is
// not assignable to type int").
//
// So does a return of several values one of which is a call of a
// function value (return t.Fn(), "x" with Fn a field of a func type, or
// f() of f := t.Fn): yaegi v0.16.1 returned the zero value for it (0 x
// where Go returns 42 x; a validation rule's error came back nil).

// lowerNamedReturns rewrites the returns described above.
func (w *rewriter) lowerNamedReturns(in *inspector.Inspector) {
	info := w.info()
	in.WithStack([]ast.Node{(*ast.ReturnStmt)(nil)}, func(n ast.Node, push bool, stack []ast.Node) bool {
		if !push {
			return true
		}
		ret := n.(*ast.ReturnStmt)
		if len(ret.Results) < 2 {
			return true
		}
		sig := enclosingSignature(info, stack)
		if sig == nil || sig.Results().Len() != len(ret.Results) || !w.readsNamedResults(ret, sig) && !ifaceResultBesideOp(info, ret, sig) && !callsFuncValue(info, ret) {
			return true
		}
		w.returnThroughVars(ret, sig, "t", func(e ast.Expr, t string) string { return w.varInit(info, e, t) })
		return true
	})
}

// returnThroughVars rewrites ret, a return of one value for each of sig's
// results, as a block that declares a variable of each result's type
// (named after prefix) set to value of the returned expression, in order,
// and returns the variables; it leaves ret as it is where a result's type
// cannot be written there.
func (w *rewriter) returnThroughVars(ret *ast.ReturnStmt, sig *types.Signature, prefix string, value func(e ast.Expr, t string) string) {
	var decls, tmps []string
	for i, e := range ret.Results {
		t, ok := w.typeSource(sig.Results().At(i).Type(), ret.Pos())
		if !ok {
			return
		}
		tmp := w.tmpName(prefix)
		decls = append(decls, "var "+tmp+" "+t+" = "+value(e, t)+"; ")
		tmps = append(tmps, tmp)
	}
	start, end := w.offset(ret.Pos()), w.offset(ret.End())
	w.add(start, end, "{ "+strings.Join(decls, "")+"return "+strings.Join(tmps, ", ")+" }", -20)
}

// readsNamedResults reports whether a value of ret, a return of several
// values in a function of signature sig, after the first reads one of its
// named results.
func (w *rewriter) readsNamedResults(ret *ast.ReturnStmt, sig *types.Signature) bool {
	if len(ret.Results) < 2 || sig.Results().Len() != len(ret.Results) {
		return false
	}
	info := w.info()
	named := map[types.Object]bool{}
	for v := range sig.Results().Variables() {
		if v.Name() != "" && v.Name() != "_" {
			named[v] = true
		}
	}
	reads := false
	for _, e := range ret.Results[1:] {
		ast.Inspect(e, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok && named[info.Uses[id]] {
				reads = true
			}
			return !reads
		})
	}
	return reads
}

// ifaceResultBesideOp reports whether ret returns a value of a result of
// an interface type of the program's beside the value of an operation
// (see the doc above).
func ifaceResultBesideOp(info *types.Info, ret *ast.ReturnStmt, sig *types.Signature) bool {
	iface, op := false, false
	for i, e := range ret.Results {
		if _, own := interpretedIface(sig.Results().At(i).Type()); own {
			iface = true
			continue
		}
		switch ast.Unparen(e).(type) {
		case *ast.BinaryExpr, *ast.UnaryExpr:
			op = op || info.Types[e].Value == nil
		}
	}
	return iface && op
}

// callsFuncValue reports whether a value of ret is a call of a function
// value (not of a function or method the program or a package declares,
// a built-in or a conversion): see the doc above.
func callsFuncValue(info *types.Info, ret *ast.ReturnStmt) bool {
	for _, e := range ret.Results {
		call, ok := ast.Unparen(e).(*ast.CallExpr)
		if !ok {
			continue
		}
		if tv, ok := info.Types[call.Fun]; !ok || tv.IsType() || tv.IsBuiltin() {
			continue
		}
		fun := ast.Unparen(call.Fun)
		if ix, ok := fun.(*ast.IndexExpr); ok {
			// An instance of a generic function, or an element of a
			// slice or map of functions (whose operand is no function).
			fun = ix.X
		} else if ix, ok := fun.(*ast.IndexListExpr); ok {
			fun = ix.X
		}
		obj, _ := calleeObject(info, fun)
		if _, declared := obj.(*types.Func); !declared {
			return true
		}
	}
	return false
}
