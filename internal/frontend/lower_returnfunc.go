package frontend

import (
	"fmt"
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ast/inspector"
)

// Lowering: a function value returned from a call or a selection, through
// a variable.
//
// yaegi v0.16.1 compiles return x by pointing the node of x's type at x
// itself (interp/cfg.go, returnStmt: c.typ.node = c). Types are shared: a
// named function type (type Fn func() int), an instance of a generic one
// (Gen[int]), the result type of a function. When x is a call or a
// selection with parts of its own (s.make(), f[int](), a.b.fn), a later
// call of any value of that type finds that node where it expects the
// type's, takes the type for a generic function's and crashes the
// compiler ("CFG post-order panic: runtime error: invalid memory
// address", in inferTypesFromCall):
//
//	func (S) make() Fn { return func() int { return 1 } }
//	func get() Fn { return S{}.make() }
//	...  g := get(); g()   // refused by the interpreter's crash
//
// A variable, returned, leaves a node without parts, so the pass returns
// such a value through one (of the result's type, when the return has
// several values, so that each is evaluated in Go's order):
//
//	return S{}.make()        ->  { __r1 := S{}.make(); return __r1 }
//	return f(), err          ->  { var __r1 Fn = f(); var __r2 error = err; return __r1, __r2 }
//	return pair()            ->  { __r1, __r2 := pair(); return __r1, __r2 }
//
// So is a call whose results are several and not all of the function's
// result types (return two() of an (int, error) in a func() (any,
// error)): yaegi v0.16.1 converts the first result alone, and returned
// the others as zero values (see convertedTuple).
//
// Identifiers and function literals are returned as they are: their
// nodes have no parts that mislead it. A return lower_return.go rewrites
// already goes through variables.

// lowerFuncReturns rewrites the returns described above.
func (w *rewriter) lowerFuncReturns(in *inspector.Inspector) {
	info := w.info()
	in.WithStack([]ast.Node{(*ast.ReturnStmt)(nil)}, func(n ast.Node, push bool, stack []ast.Node) bool {
		if !push {
			return true
		}
		ret := n.(*ast.ReturnStmt)
		sig := enclosingSignature(info, stack)
		misleads := false
		for _, e := range ret.Results {
			misleads = misleads || w.misleadingFuncResult(e)
		}
		if !misleads && len(ret.Results) == 1 && convertedTuple(info.TypeOf(ret.Results[0]), sig) {
			tuple := info.TypeOf(ret.Results[0]).(*types.Tuple)
			if w.refuseTupleRisk(ret, "return of a call's results whole", "a, b := f(); return a, b", tuple, func(i int) types.Type { return sig.Results().At(i).Type() }) {
				return true
			}
			misleads = true
		}
		if !misleads || sig == nil || w.readsNamedResults(ret, sig) {
			return true
		}
		start, end := w.offset(ret.Pos()), w.offset(ret.End())
		if len(ret.Results) == 1 {
			var tmps []string
			for range max(sig.Results().Len(), 1) {
				tmps = append(tmps, w.tmpName("r"))
			}
			list := strings.Join(tmps, ", ")
			w.add(start, end, "{ "+list+" := "+w.moved(ret.Results[0])+"; return "+list+" }", -20)
			return true
		}
		if sig.Results().Len() != len(ret.Results) {
			return true
		}
		w.returnThroughVars(ret, sig, "r", func(e ast.Expr, _ string) string { return w.moved(e) })
		return true
	})
}

// convertedTuple reports whether t, the results of a call returned as
// they are (return g()), are several and not all of sig's result types:
// yaegi v0.16.1 converts the first one only, and returned the others as
// their zero values (func conv() (any, error) { return two() } returned
// 1, nil for two's 1, e1) or panicked ("reflect: Call using
// interp.valueInterface as type error").
func convertedTuple(t types.Type, sig *types.Signature) bool {
	tuple, ok := t.(*types.Tuple)
	if !ok || sig == nil || tuple.Len() < 2 || tuple.Len() != sig.Results().Len() {
		return false
	}
	for i := range tuple.Len() {
		if !types.Identical(tuple.At(i).Type(), sig.Results().At(i).Type()) {
			return true
		}
	}
	return false
}

// tupleConvRisk reports whether a value of type t converted to target,
// one of a call's results passed on whole, needs what the front end adds
// to a conversion of its own (lower_typednil.go's typed nil,
// lower_heldname.go's name, lower_errbox.go's box), which the variables
// convertedTuple's rewriting returns do not get: a value of the
// program's with methods, or a nil of the program's, held in an interface
// other than the program's.
func tupleConvRisk(t, target types.Type) bool {
	if types.Identical(t, target) || !types.IsInterface(target) || types.IsInterface(t) {
		return false
	}
	if _, own := userType(t); !own {
		return false // a compiled package's value, or a basic one, converts as in Go
	}
	if _, ok := interpretedIface(target); ok {
		return false // held as the interpreter's own interface value
	}
	return types.NewMethodSet(t).Len() > 0 || types.NewMethodSet(types.NewPointer(t)).Len() > 0 || nilableUserType(t) && typedNilTarget(target)
}

// refuseTupleRisk refuses n, which passes the results of a call (tuple)
// on whole to the types target gives (nil for none), where one of them
// needs what the front end adds to a conversion (tupleConvRisk); what
// names the form, way the way around. It reports whether it refused.
func (w *rewriter) refuseTupleRisk(n ast.Node, what, way string, tuple *types.Tuple, target func(i int) types.Type) bool {
	for i := range tuple.Len() {
		to := target(i)
		if to == nil || !tupleConvRisk(tuple.At(i).Type(), to) {
			continue
		}
		w.refuse(n, fmt.Sprintf("%s, where its result %d (%s) is converted to %s: the interpreter converts results passed on so without what the shell adds to such a conversion (a typed nil, a value with methods held in an interface), and would answer wrongly; take them into variables first (%s)",
			what, i+1, types.TypeString(tuple.At(i).Type(), w.qualifier()), types.TypeString(to, w.qualifier()), way))
		return true
	}
	return false
}

// misleadingFuncResult reports whether e, a returned value, is of a
// function type (or a call with such a result) and written with parts:
// not an identifier or a function literal.
func (w *rewriter) misleadingFuncResult(e ast.Expr) bool {
	switch ast.Unparen(e).(type) {
	case *ast.Ident, *ast.FuncLit:
		return false
	}
	t := w.info().TypeOf(e)
	if t == nil {
		return false
	}
	if tuple, ok := t.(*types.Tuple); ok {
		for v := range tuple.Variables() {
			if _, ok := v.Type().Underlying().(*types.Signature); ok {
				return true
			}
		}
		return false
	}
	_, ok := t.Underlying().(*types.Signature)
	return ok
}

// enclosingSignature returns the signature of the innermost function of
// stack (a path of nodes from the file down), or nil.
func enclosingSignature(info *types.Info, stack []ast.Node) *types.Signature {
	for i := len(stack) - 2; i >= 0; i-- {
		switch f := stack[i].(type) {
		case *ast.FuncLit:
			sig, _ := info.TypeOf(f).(*types.Signature)
			return sig
		case *ast.FuncDecl:
			if obj, ok := info.Defs[f.Name].(*types.Func); ok {
				sig, _ := obj.Type().(*types.Signature)
				return sig
			}
			return nil
		}
	}
	return nil
}
