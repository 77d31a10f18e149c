package frontend

import (
	"fmt"
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ast/inspector"
)

// A slice given as one of the values of a variadic parameter of its
// element type.
//
// yaegi v0.16.1 spreads an argument whose type is a slice of the variadic
// parameter's element type into the parameter's values: count([]any{1, 2})
// of a func count(args ...any) got two values where Go gives one (the
// slice), and count([]any{1, 2}, 3) three; a logging wrapper's
// logf("%v", []any{1, 2}) printed 1 and an EXTRA. The variadic values of
// such a call are written as a slice spread, which the interpreter takes
// as Go does:
//
//	count(xs, 3)  ->  count([]any{xs, 3}...)
//
// Calls of compiled functions (fmt.Println(xs)) the interpreter makes
// right and are left alone.
//
// A call of a variadic function value read from a struct field, or from a
// variable such a value was copied into, with more values than the
// function has parameters (b.f(1, 2) of a field f func(...int) int,
// t.out("%d-%d", 3, 4)) failed to compile, panicking with "index out of
// range" (the interpreter indexes the wrapped function's parameters by
// the argument's position). The values of every call of a function value
// (not of a function or method declared) with more values than
// parameters are written as a slice spread too:
//
//	b.f(1, 2)  ->  b.f([]int{1, 2}...)
//
// With no values, such a call passed an empty slice where Go passes nil
// (show() of a show := func(xs ...int) saw xs != nil): it passes a nil one
// of the parameter's type.
//
//	show()  ->  show([]int(nil)...)
//
// Deferred, such a call with a spread (the user's or the pass's) failed at
// the function's end ("reflect: cannot use []string as type string in
// Call": the interpreter's deferred call of a wrapped function does not
// spread): it is deferred as a function literal whose parameters take the
// function and its values at the statement, as Go evaluates them there:
//
//	defer h.run("a", xs...)  ->  defer func(__vf func(string, ...string), __va0 string, __va1 []string) { __vf(__va0, __va1...) }(h.run, "a", xs)

// lowerVariadicSlices rewrites the calls described above.
func (w *rewriter) lowerVariadicSlices(in *inspector.Inspector) {
	info := w.info()
	if info == nil {
		return
	}
	deferred := map[*ast.CallExpr]bool{} // deferred calls of values, written as literals
	in.Preorder([]ast.Node{(*ast.DeferStmt)(nil)}, func(n ast.Node) {
		call := n.(*ast.DeferStmt).Call
		sig, value := variadicValueCall(info, call)
		if sig == nil {
			return
		}
		params := sig.Params().Len()
		switch {
		case value && (call.Ellipsis.IsValid() || len(call.Args) != params):
		case ownFunc(info, call) && (call.Ellipsis.IsValid() || len(call.Args) == params-1) && !w.mayRecover(info, call):
			// A function or method of the program's, deferred with a
			// spread or no values: the same failure, and an empty slice.
		case call.Ellipsis.IsValid() && compiledFunc(info, call):
			// A compiled function deferred with a spread: the interpreter
			// passed the slice as one value (defer fmt.Println(xs...)
			// printed [1 a]).
		default:
			return
		}

		if w.deferVariadicValue(call, sig) {
			deferred[call] = true
		}
	})
	in.Preorder([]ast.Node{(*ast.CallExpr)(nil)}, func(n ast.Node) {
		call := n.(*ast.CallExpr)
		if call.Ellipsis.IsValid() || deferred[call] {
			return
		}
		sig, value := variadicValueCall(info, call)
		if sig == nil {
			return
		}
		// A method of the program's passes an empty slice too.
		method := ownFunc(info, call) && info.Uses[calleeIdent(call.Fun)].(*types.Func).Signature().Recv() != nil
		if (value || method) && !w.deferred[call] && len(call.Args) == sig.Params().Len()-1 {
			// No values: Go passes a nil slice, the interpreter an empty
			// one (json wrote [] for null).
			if ts, ok := w.typeSource(sig.Params().At(sig.Params().Len()-1).Type(), call.Pos()); ok {
				sep := ""
				if len(call.Args) > 0 {
					sep = ", "
				}
				rp := w.offset(call.Rparen)
				w.addOuter(rp, rp, sep+ts+"(nil)...", 50)
			}
			return
		}
		if len(call.Args) < sig.Params().Len() {
			return
		}
		if !value {
			if fn := info.Uses[calleeIdent(call.Fun)].(*types.Func); fn.Pkg() != nil && fn.Pkg().Path() != "main" {
				return // compiled
			}
		}
		elem := sig.Params().At(sig.Params().Len() - 1).Type().(*types.Slice).Elem()
		first := sig.Params().Len() - 1
		spread := value && len(call.Args) > sig.Params().Len()
		for _, a := range call.Args[first:] {
			if s, ok := underlying(info.TypeOf(a)).(*types.Slice); ok && types.Identical(s.Elem(), elem) && types.IsInterface(elem) {
				spread = true
			}
		}
		if !spread {
			return
		}
		ts, ok := w.typeSource(types.NewSlice(elem), call.Pos())
		if !ok {
			if value && isFieldSelector(info, call.Fun) {
				w.refuse(call, fmt.Sprintf("a call of a function held in a struct field with several values for its variadic parameter of type ...%s, a type the shell cannot name here: the interpreter fails to compile it; call it where the type can be named", TypeText(elem)))
			}
			return
		}
		// Outside the values' own text, which a go or defer statement
		// moves into variables of its own (hoistArgs).
		start, end := w.offset(call.Args[first].Pos()), w.offset(call.Args[len(call.Args)-1].End())
		w.addOuter(start, start, ts+"{", -50)
		w.addOuter(end, end, "}...", 50)
	})
}

// variadicValueCall returns the signature of call's function if it is
// variadic (nil if not), and whether the function is a value: anything but
// a function or method declared, a function literal called in place too
// (go func(xs ...int) { ... }() got an empty slice), which hoistArgs'
// calleeValue leaves out (it is no value read at the statement).
func variadicValueCall(info *types.Info, call *ast.CallExpr) (*types.Signature, bool) {
	sig, ok := info.TypeOf(call.Fun).(*types.Signature)
	if !ok || !sig.Variadic() || info.Types[call.Fun].IsBuiltin() {
		return nil, false
	}
	_, declared := info.Uses[calleeIdent(call.Fun)].(*types.Func)
	return sig, !declared
}

// deferVariadicValue writes call, a deferred variadic call the
// interpreter fails on or passes an empty slice (a function value's with
// a spread, more values than parameters or none; a function's of the
// program's with a spread or none), as a deferred function literal (see
// above), and reports whether it could: each type is written where the
// statement is, or the call is refused.
func (w *rewriter) deferVariadicValue(call *ast.CallExpr, sig *types.Signature) bool {
	params := sig.Params()
	last := params.Len() - 1
	ft, ok := w.typeSource(sig, call.Pos())
	var decl, pass []string
	for i := range params.Len() {
		ts, tok := w.typeSource(params.At(i).Type(), call.Pos())
		ok = ok && tok
		name := fmt.Sprintf("__va%d", i)
		decl = append(decl, name+" "+ts)
		if i == last {
			name += "..."
		}
		pass = append(pass, name)
	}
	if !ok {
		w.refuse(call, "a deferred variadic call, of a function of a type the shell cannot name here: the interpreter fails on it; defer a function literal that makes the call")
		return false
	}
	start := w.offset(call.Fun.Pos())
	// Not moved with the function's text where the defer statement takes
	// a variable's value first (hoistArgs); before the replacement of a
	// method expression starting there (lower_methodexpr.go's, at -60),
	// which covered it.
	w.addOuter(start, start, "func(__vf "+ft+", "+strings.Join(decl, ", ")+") { __vf("+strings.Join(pass, ", ")+") }(", -61)
	if _, lit := ast.Unparen(call.Fun).(*ast.FuncLit); lit {
		// Made in a frame of its own (see lower_deferframe.go): a
		// literal the deferred call is given is a kept value, whose call
		// while the function's deferred calls run hung on its frame's
		// lock.
		end := w.offset(call.Fun.End())
		w.addOuter(start, start, "func() "+ft+" { return ", -59)
		w.add(end, end, " }()", -1)
	}
	lp := w.offset(call.Lparen)
	if len(call.Args) > 0 {
		w.add(lp, lp+1, ", ", 0)
	} else {
		w.add(lp, lp+1, "", 0)
	}
	if call.Ellipsis.IsValid() {
		// After what closes the last value there (nil... written
		// ([]int)(nil), lower_nilvariadic.go).
		e := w.offset(call.Ellipsis)
		w.add(e, e+len("..."), "", 30)
		return true
	}
	if len(call.Args) == last {
		// Outside the last value, which the statement may move into a
		// variable of its own (hoistArgs).
		rp := w.offset(call.Rparen)
		w.addOuter(rp, rp, ", nil", 0)
		return true
	}
	ts, _ := w.typeSource(params.At(last).Type(), call.Pos())
	from, to := w.offset(call.Args[last].Pos()), w.offset(call.Args[len(call.Args)-1].End())
	w.addOuter(from, from, ts+"{", -50)
	w.addOuter(to, to, "}", 50)
	return true
}

// isFieldSelector reports whether fun selects a struct field (b.f).
func isFieldSelector(info *types.Info, fun ast.Expr) bool {
	sel, ok := ast.Unparen(fun).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	s := info.Selections[sel]
	return s != nil && s.Kind() == types.FieldVal
}

// compiledFunc reports whether call calls a function of a compiled
// package, or a method of a compiled type.
func compiledFunc(info *types.Info, call *ast.CallExpr) bool {
	fn, ok := info.Uses[calleeIdent(call.Fun)].(*types.Func)
	return ok && fn.Pkg() != nil && fn.Pkg().Path() != "main"
}

// ownFunc reports whether call calls a function or method the program
// declares.
func ownFunc(info *types.Info, call *ast.CallExpr) bool {
	fn, ok := info.Uses[calleeIdent(call.Fun)].(*types.Func)
	return ok && fn.Pkg() != nil && fn.Pkg().Path() == "main"
}
