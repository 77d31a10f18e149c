package frontend

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
)

// The values recover() gives back, printed: fmt's lowering of an
// interface argument (lower_fmtheld.go) considers every type of the
// program held in an interface anywhere, and refuses to print one it
// cannot tell apart from another. A recovered value is a panic's, though:
// in a script, recover() (or a variable declared with it alone, r :=
// recover()) can hold only the types of the program's panic arguments,
// and what compiled code and the runtime panic with (strings, errors,
// runtime errors, none of the program's types). The standard
// container/heap example that prints a recovered value refused before:
// its *PQ, put in a heap.Interface, was among the types it "may hold".
// The %T check of the twins (lower_twineq.go) narrows so too.

// recoveredOnly returns, for the argument a of a printing function, the
// filter of the program's types its value may have when a is a recovered
// value (see above), or nil when it is not or the filter cannot be told
// (a panic of an interface's value other than a recovered one). The
// script's facts are found once.
func (w *rewriter) recoveredOnly(a ast.Expr) func(types.Type) bool {
	info := w.info()
	if info == nil || w.mode != ModeScript {
		return nil
	}
	if w.recovered == nil {
		w.recovered = findRecovered(info, w.file)
	}
	return w.recovered.filter(info, a)
}

// recoveredTypes is recoveredOnly for the argument a of file, a script's,
// checked as info.
func recoveredTypes(info *types.Info, file *ast.File, a ast.Expr) func(types.Type) bool {
	return findRecovered(info, file).filter(info, a)
}

// recoveredFacts are what a file's recovered values may be.
type recoveredFacts struct {
	// vars are the variables declared with a call of recover alone (r :=
	// recover(), var r = recover()), never assigned nor addressed.
	vars map[*types.Var]bool
	// only reports whether a type of the program's may be a panic's
	// value; nil where any may (a panic of an empty interface's value,
	// or of a type parameter's).
	only func(types.Type) bool
}

// filter returns the facts' filter where x is a recovered value: a call
// of recover or one of vars; else nil.
func (r *recoveredFacts) filter(info *types.Info, x ast.Expr) func(types.Type) bool {
	if !r.recovered(info, x) {
		return nil
	}
	return r.only
}

func (r *recoveredFacts) recovered(info *types.Info, x ast.Expr) bool {
	switch x := ast.Unparen(x).(type) {
	case *ast.CallExpr:
		return isRecoverCall(info, x)
	case *ast.Ident:
		v, ok := info.Uses[x].(*types.Var)
		return ok && r.vars[v]
	}
	return false
}

func isRecoverCall(info *types.Info, x ast.Expr) bool {
	call, ok := ast.Unparen(x).(*ast.CallExpr)
	return ok && len(call.Args) == 0 && isBuiltin(info, call.Fun, "recover")
}

// findRecovered walks file once for its recoveredFacts.
func findRecovered(info *types.Info, file *ast.File) *recoveredFacts {
	r := &recoveredFacts{vars: map[*types.Var]bool{}}
	assigned := map[*types.Var]bool{}
	var panics []ast.Expr
	varOf := func(e ast.Expr) *types.Var {
		id, ok := ast.Unparen(e).(*ast.Ident)
		if !ok {
			return nil
		}
		if v, ok := info.Defs[id].(*types.Var); ok {
			return v
		}
		v, _ := info.Uses[id].(*types.Var)
		return v
	}
	ast.Inspect(file, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for _, l := range n.Lhs {
				if v := varOf(l); v != nil {
					if n.Tok == token.DEFINE && len(n.Lhs) == 1 && len(n.Rhs) == 1 && isRecoverCall(info, n.Rhs[0]) && info.Defs[ast.Unparen(l).(*ast.Ident)] == v {
						r.vars[v] = true
					} else {
						assigned[v] = true
					}
				}
			}
		case *ast.ValueSpec:
			if len(n.Names) == 1 && len(n.Values) == 1 && isRecoverCall(info, n.Values[0]) {
				if v, ok := info.Defs[n.Names[0]].(*types.Var); ok {
					r.vars[v] = true
				}
			}
		case *ast.UnaryExpr:
			if v := varOf(n.X); n.Op == token.AND && v != nil {
				assigned[v] = true // its address: assigned through it, maybe
			}
		case *ast.CallExpr:
			if len(n.Args) == 1 && isBuiltin(info, n.Fun, "panic") {
				panics = append(panics, n.Args[0])
			}
		}
		return true
	})
	for v := range assigned {
		delete(r.vars, v)
	}
	var exact []types.Type
	var ifaces []*types.Interface
	for _, x := range panics {
		t := info.TypeOf(x)
		switch {
		case t == nil || hasTypeParam(t):
			return r // (panic(v) of a T: any instance's)
		case r.recovered(info, x):
			// panic(r) again: a recovered value's type.
		case types.IsInterface(t):
			i := t.Underlying().(*types.Interface)
			if i.Empty() {
				return r
			}
			ifaces = append(ifaces, i)
		default:
			exact = append(exact, types.Default(t))
		}
	}
	r.only = func(t types.Type) bool {
		return slices.ContainsFunc(exact, func(e types.Type) bool { return types.Identical(e, t) }) ||
			slices.ContainsFunc(ifaces, func(i *types.Interface) bool { return types.Implements(t, i) })
	}
	return r
}
