package frontend

import (
	"go/ast"
	"go/token"
	"go/types"
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
// (a panic of an interface's value other than a recovered one).
func (w *rewriter) recoveredOnly(a ast.Expr) func(types.Type) bool {
	info := w.info()
	if info == nil || w.mode != ModeScript {
		return nil
	}
	return recoveredTypes(info, w.file, a)
}

// recoveredTypes is recoveredOnly for the argument a of file, a script's,
// checked as info.
func recoveredTypes(info *types.Info, file *ast.File, a ast.Expr) func(types.Type) bool {
	if !isRecovered(info, file, a) {
		return nil
	}
	var exact []types.Type
	var ifaces []*types.Interface
	open := false
	ast.Inspect(file, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || len(call.Args) != 1 || !isBuiltin(info, call.Fun, "panic") {
			return !open
		}
		x := call.Args[0]
		t := info.TypeOf(x)
		switch {
		case t == nil || hasTypeParam(t):
			open = true // (panic(v) of a T: any instance's)
		case isRecovered(info, file, x):
			// panic(r) again: a recovered value's type.
		case types.IsInterface(t):
			i := t.Underlying().(*types.Interface)
			if i.Empty() {
				open = true
			}
			ifaces = append(ifaces, i)
		default:
			exact = append(exact, types.Default(t))
		}
		return !open
	})
	if open {
		return nil
	}
	return func(t types.Type) bool {
		for _, e := range exact {
			if types.Identical(e, t) {
				return true
			}
		}
		for _, i := range ifaces {
			if types.Implements(t, i) {
				return true
			}
		}
		return false
	}
}

// isRecovered reports whether x is a call of recover, or a variable
// declared with one alone (r := recover(), var r = recover()) and never
// assigned.
func isRecovered(info *types.Info, file *ast.File, x ast.Expr) bool {
	x = ast.Unparen(x)
	if call, ok := x.(*ast.CallExpr); ok {
		return len(call.Args) == 0 && isBuiltin(info, call.Fun, "recover")
	}
	id, ok := x.(*ast.Ident)
	if !ok {
		return false
	}
	obj, ok := info.Uses[id].(*types.Var)
	if !ok {
		return false
	}
	declared, assigned := false, false
	ast.Inspect(file, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for _, l := range n.Lhs {
				lid, ok := ast.Unparen(l).(*ast.Ident)
				if !ok {
					continue
				}
				switch {
				case info.Defs[lid] == obj && n.Tok == token.DEFINE && len(n.Lhs) == 1 && len(n.Rhs) == 1:
					call, ok := ast.Unparen(n.Rhs[0]).(*ast.CallExpr)
					declared = ok && len(call.Args) == 0 && isBuiltin(info, call.Fun, "recover")
				case info.Defs[lid] == obj || info.Uses[lid] == obj:
					assigned = true
				}
			}
		case *ast.ValueSpec:
			for _, name := range n.Names {
				if info.Defs[name] == obj && len(n.Names) == 1 && len(n.Values) == 1 {
					call, ok := ast.Unparen(n.Values[0]).(*ast.CallExpr)
					declared = ok && len(call.Args) == 0 && isBuiltin(info, call.Fun, "recover")
				}
			}
		case *ast.UnaryExpr:
			if n.Op == token.AND {
				if lid, ok := ast.Unparen(n.X).(*ast.Ident); ok && info.Uses[lid] == obj {
					assigned = true // its address: assigned through it, maybe
				}
			}
		}
		return true
	})
	return declared && !assigned
}
