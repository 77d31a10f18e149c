package frontend

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/asyncrepl/asyncrepl/internal/gosrc"
)

// Generic type inference.
//
// yaegi v0.16.1 instantiates a generic function right when it is given
// every type argument, but its own inference often fails ("undefined type
// for T") or infers wrongly: Map([]int{1, 2}, func(i int) string {...})
// with Map[T, U any] was refused with "cannot use type func(int) string as
// type func(int) int". The pass writes out the type arguments go/types
// inferred (types.Info.Instances) on every use of a generic function of the
// session or the program, whether called or taken as a value:
//
//	Map([]int{1, 2}, strconv.Itoa)   ->  Map[int, string]([]int{1, 2}, strconv.Itoa)
//	Pair[string](k, 1)               ->  Pair[string, int](k, 1)
//	var f func(int) int = Double     ->  var f func(int) int = Double[int]
//
// A type argument the code cannot name where the call is (a type of a
// package it does not import, an unexported one) leaves the use as it was.
// The generic functions of the standard library are lowered to the
// prelude's (lower_stdgeneric.go) with the same type arguments.

// lowerInstances writes out the type arguments of the uses of generic
// functions.
func (w *rewriter) lowerInstances(in *inspector.Inspector) {
	info := w.info()
	in.WithStack([]ast.Node{(*ast.Ident)(nil)}, func(n ast.Node, push bool, stack []ast.Node) bool {
		if !push {
			return true
		}
		id := n.(*ast.Ident)
		inst, generic := info.Instances[id]
		fn, isFunc := info.Uses[id].(*types.Func)
		switch {
		case w.specialised(id):
			return true // it names a copy (lower_specialise.go)
		case !isFunc && generic:
			w.stdGenericType(id, inst, stack)
			return true
		case !isFunc, !generic && (fn.Pkg() == nil || fn.Pkg().Path() == "main"):
			return true
		}
		// e is the expression naming the function: f, or pkg.F.
		var e ast.Expr = id
		i := len(stack) - 2
		if i >= 0 {
			if sel, ok := stack[i].(*ast.SelectorExpr); ok && sel.Sel == id {
				e, i = sel, i-1
			}
		}
		// explicit is the instantiation written, if any.
		var explicit ast.Expr
		var given []ast.Expr
		if i >= 0 {
			switch x := stack[i].(type) {
			case *ast.IndexExpr:
				if x.X == e {
					explicit, given = x, []ast.Expr{x.Index}
				}
			case *ast.IndexListExpr:
				if x.X == e {
					explicit, given = x, x.Indices
				}
			}
		}
		var args []string
		if generic {
			var ok bool
			if args, ok = w.typeArgs(inst, id.Pos()); !ok {
				return true
			}
		}
		if fn.Pkg() != nil && fn.Pkg().Path() != "main" {
			name := w.stdGenericFunc(fn)
			if name == "" {
				return true
			}
			w.add(w.offset(e.Pos()), w.offset(e.End()), name, 0)
		}
		// f, the use: f(...), or f[...](...).
		var call ast.Expr = e
		if explicit != nil {
			call = explicit
			i--
		}
		if c, ok := stack[i].(*ast.CallExpr); !ok || c.Fun != call {
			if generic {
				// A generic function's value: yaegi v0.16.1 makes one
				// that computes zeros (var f func(int) int = Double[int]
				// gave f(2) == 0). A literal calls it instead.
				w.funcValue(call, inst, fn)
			}
		}
		if c, ok := stack[i].(*ast.CallExpr); ok && c.Fun == call && generic && w.inferredByInterpreter(fn, inst, c) {
			// See lower_paraminfer.go.
			if x, ok := explicit.(*ast.IndexExpr); ok {
				w.add(w.offset(x.Lbrack), w.offset(x.Rbrack)+1, "", 0)
			}
			return true
		}
		switch {
		case len(given) == len(args):
		case explicit != nil:
			var rbrack = explicit.End() - 1
			at := w.offset(rbrack)
			w.add(at, at, ", "+strings.Join(args[len(given):], ", "), 0)
		default:
			at := w.offset(e.End())
			w.add(at, at, "["+strings.Join(args, ", ")+"]", 0)
		}
		return true
	})
}

// funcValue wraps the use of a generic function callee as a value, e, in a
// function literal that calls it, with the parameters of the instance
// (the address of those callee takes by a pointer, see lower_negzero.go).
func (w *rewriter) funcValue(e ast.Expr, inst types.Instance, callee *types.Func) {
	sig, ok := inst.Type.(*types.Signature)
	if !ok {
		return
	}
	ptr := w.negZeroPtrParams(callee)
	var params, args []string
	for i, v := range slices.Collect(sig.Params().Variables()) {
		t := v.Type()
		name := fmt.Sprintf("__a%d", i)
		arg := name
		if sig.Variadic() && i == sig.Params().Len()-1 {
			t = t.(*types.Slice).Elem()
			arg += "..."
		}
		ts, ok := w.typeSource(t, e.Pos())
		if !ok {
			return
		}
		if arg != name {
			ts = "..." + ts
		}
		params = append(params, name+" "+ts)
		if ptr != nil && ptr[i] {
			arg = "&" + arg
		}
		args = append(args, arg)
	}
	var results []string
	for v := range sig.Results().Variables() {
		ts, ok := w.typeSource(v.Type(), e.Pos())
		if !ok {
			return
		}
		results = append(results, ts)
	}
	ret := ""
	if len(results) > 0 {
		ret = "return "
	}
	fn := "func(" + strings.Join(params, ", ") + ") (" + strings.Join(results, ", ") + ")"
	pre, post := fn+" { "+ret, "("+strings.Join(args, ", ")+") }"
	if w.inDeferFrame(e) {
		// Made in a frame of its own (see lower_deferframe.go).
		pre, post = "func() "+fn+" { return "+pre, post+" }()"
	}
	// Inside what wraps the value itself (fmt's %T of it).
	end := w.offset(e.End())
	w.wrapArg(e, pre, -3)
	w.add(end, end, post, 3)
}

// lowerVarInits wraps each initial value of a var declaration that calls a
// generic function (and of a := at the top of an input) in a function
// literal called at once: yaegi v0.16.1 gives zeros for var n int =
// Id[int](5) once Id has two instances declared that way (and "constant
// definition loop" at package level and at the prompt), but not for the
// same call made inside a function. The literal returns the variable's
// type: the declared one, where the declaration writes one.
func (w *rewriter) lowerVarInits(in *inspector.Inspector) {
	info := w.info()
	// At the prompt, the variables an input declares at its top level
	// (x := Id(5)) are the session's, as if declared at package level.
	top := map[ast.Node]bool{}
	if w.plan.Seg.Kind == gosrc.SegStmt && w.mode == ModeInput {
		for _, st := range w.file.Decls[len(w.file.Decls)-1].(*ast.FuncDecl).Body.List {
			top[st] = true
		}
	}
	in.Preorder([]ast.Node{(*ast.ValueSpec)(nil), (*ast.AssignStmt)(nil)}, func(n ast.Node) {
		var values []ast.Expr
		var declared types.Type // the type the declaration writes, if any
		switch n := n.(type) {
		case *ast.ValueSpec:
			values = n.Values
			if n.Type != nil {
				declared = info.TypeOf(n.Type)
			}
		case *ast.AssignStmt:
			if n.Tok == token.DEFINE && top[n] {
				values = n.Rhs
			}
		}
		if len(values) == 0 || !callsGeneric(info, values) {
			return
		}
		for _, v := range values {
			t := info.TypeOf(v)
			if t == nil {
				return
			}
			var ts []types.Type
			switch tup, ok := t.(*types.Tuple); {
			case ok && declared != nil:
				for range tup.Variables() {
					ts = append(ts, declared)
				}
			case ok:
				for v := range tup.Variables() {
					ts = append(ts, v.Type())
				}
			case declared != nil:
				// The literal returns the declared type: the value is
				// converted to it there, where the other passes convert it
				// (var e error = Zero[*E](), made a typed nil, lower_typednil.go).
				ts = []types.Type{declared}
			default:
				ts = []types.Type{types.Default(t)}
			}
			var texts []string
			for _, t := range ts {
				s, ok := w.typeSource(t, v.Pos())
				if !ok {
					return
				}
				texts = append(texts, s)
			}
			start, end := w.offset(v.Pos()), w.offset(v.End())
			w.add(start, start, "func() ("+strings.Join(texts, ", ")+") { return ", -6)
			w.add(end, end, " }()", 6)
			if len(ts) == 1 && emptyIface(ts[0]) && !types.IsInterface(t) && heldNameLost(t) {
				// Returned as an empty interface, the value is held bare
				// (a Level with String went in as its int: var x any =
				// Must(Port(7), nil) printed 7): written as a return of
				// the program's is.
				w.holdName(v, ts[0])
			}
		}
	})
}

// varInit returns the text of e, moved, as the initial value of a
// variable of type ts that a pass declares (var tmp T = e): wrapped in a
// function literal called at once, as lowerVarInits wraps the user's own,
// when e calls a generic function, or min or max, which lower_minmax.go
// makes calls of generic functions. Unwrapped, the interpreter gave the
// variable its zero value: lo, hi = min(lo, x), max(hi, x), whose values
// lower_tupleassign.go declares first, set both to 0.
func (w *rewriter) varInit(info *types.Info, e ast.Expr, ts string) string {
	if !callsGeneric(info, []ast.Expr{e}) && !callsMinMax(info, e) {
		return w.moved(e)
	}
	return "func() " + ts + " { return " + w.moved(e) + " }()"
}

// callsMinMax reports whether e calls the built-in min or max.
func callsMinMax(info *types.Info, e ast.Expr) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok {
			if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok {
				if b, ok := info.Uses[id].(*types.Builtin); ok && (b.Name() == "min" || b.Name() == "max") {
					found = true
				}
			}
		}
		return !found
	})
	return found
}

// callsGeneric reports whether es call a generic function.
func callsGeneric(info *types.Info, es []ast.Expr) bool {
	found := false
	for _, e := range es {
		ast.Inspect(e, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok {
				if _, ok := info.Instances[id]; ok {
					if _, isFunc := info.Uses[id].(*types.Func); isFunc {
						found = true
					}
				}
			}
			return !found
		})
	}
	return found
}
