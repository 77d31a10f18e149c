package frontend

import (
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ast/inspector"
)

// The built-in functions min and max.
//
// yaegi v0.16.1 has no min or max ("undefined"). Without types, the front
// end called a generic stand-in that inferred its type from the first
// argument, and had to guess the type of constants (min(x, 1) with x a
// float64, min(1, 2.5)). With them the pass writes:
//
//	min(1.5, 2)        ->  (3.0 / 2)                     a constant call is its value
//	min(x, 1)          ->  __builtin_min[float64](x, 1)  the call's type, from go/types
//	max(d, time.Second) -> __builtin_max[time.Duration](d, time.Second)
//
// The stand-ins (prelude/builtin.go) have Go's semantics: a NaN argument
// makes the result NaN, and min of 0 and -0 is -0. In a generic function,
// a call of its type parameter T is the stand-in's body, a function
// literal, instead: the interpreter fails on a generic function calling
// another with its type parameter when the program instantiates it with a
// type it declared (best = max(best, x) in Best[T ~int] called with a
// []Score: a nil dereference before the program ran; lo, hi = min(lo, x),
// max(hi, x) of a named float: "CFG post-order panic"):
//
//	max(best, x)  ->  func(x T, ys ...T) T { ... }(best, x)
//
// clear needs no types: the rewriter's helper (reflect.Value.Clear) clears
// maps and slices.

// lowerMinMax rewrites the calls of min and max whose types the check
// found (the rewriter's call leaves those alone).
func (w *rewriter) lowerMinMax(in *inspector.Inspector) {
	info := w.info()
	in.Preorder([]ast.Node{(*ast.CallExpr)(nil)}, func(n ast.Node) {
		call := n.(*ast.CallExpr)
		id, ok := ast.Unparen(call.Fun).(*ast.Ident)
		if !ok || len(call.Args) == 0 {
			return
		}
		b, ok := info.Uses[id].(*types.Builtin)
		if !ok || b.Name() != "min" && b.Name() != "max" {
			return
		}
		tv, ok := info.Types[call]
		if !ok || tv.Type == nil {
			return
		}
		if tv.Value != nil {
			text := constText(tv.Value, nil)
			if basic, ok := tv.Type.(*types.Basic); ok && basic.Info()&types.IsUntyped != 0 {
				text = constText(tv.Value, basic)
			} else {
				t, ok := w.typeSource(tv.Type, call.Pos())
				if !ok {
					return
				}
				text = t + "(" + text + ")"
			}
			w.add(w.offset(call.Pos()), w.offset(call.End()), "("+text+")", 0)
			return
		}
		t, ok := w.typeSource(tv.Type, call.Pos())
		if !ok {
			return
		}
		t = strings.TrimSpace(t)
		if _, ok := types.Unalias(tv.Type).(*types.TypeParam); ok {
			// In a generic function, of its type parameter: the
			// stand-in's body, a function literal of the generic
			// function.
			w.usePrelude("__builtin_negzero", "")
			w.add(w.offset(id.Pos()), w.offset(id.End()), minMaxLiteral(b.Name(), t), 0)
			return
		}
		name := "__builtin_" + b.Name()
		w.usePrelude(name, "")
		if u, ok := tv.Type.Underlying().(*types.Basic); ok && u.Info()&types.IsFloat != 0 && !types.Identical(tv.Type, u) {
			// A named float (type Celsius float64): through its basic
			// type, whose negative zero the stand-in tells (a value of
			// the named type in an any it takes for positive).
			basic := u.Name()
			w.wrapArg(call, t+"(", -1)
			w.add(w.offset(id.Pos()), w.offset(id.End()), name+"["+basic+"]", 0)
			for _, a := range call.Args {
				w.wrapArg(a, basic+"(", -5)
				w.add(w.offset(a.End()), w.offset(a.End()), ")", 5)
			}
			w.add(w.offset(call.End()), w.offset(call.End()), ")", 1)
			return
		}
		w.add(w.offset(id.Pos()), w.offset(id.End()), name+"["+t+"]", 0)
	})
}

// minMaxLiteral returns a function literal that does what the built-in
// min or max (name) does with arguments of type t: the body of its
// stand-in in prelude/builtin.go (whose signature alone has no brace).
func minMaxLiteral(name, t string) string {
	text := prelude()["__builtin_"+name].Text
	return "func(xs ..." + t + ") " + t + " " + text[strings.Index(text, "{"):]
}
