package repl

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
)

// Lowering: a struct variable stored in an interface is a copy.
//
// Go copies a value into an interface: after var h Holder = c; c.Inc(),
// h still holds the old c. yaegi v0.16.1 stores the variable itself in
// its wrapper, so a later change to c (or to the field, the element it
// came from) showed through h. An element of a new slice is a copy in
// yaegi too (a conversion, Counter(c), or a function's result is not: in
// a loop, each run shares one), so where the type checker sees a struct
// value that lives in a variable (a name, a field, an element, *p) stored
// into a variable, result, element, channel or interpreted function's
// parameter of an interface type, the pass copies it so first:
//
//	var h Holder = c  ->  var h Holder = []Counter{c}[0]
//
// Arguments of compiled functions (fmt.Println(c)) are left alone: the
// interpreter hands those a copy.

// lowerIfaceCopies converts the values described above.
func (w *rewriter) lowerIfaceCopies(in *inspector.Inspector) {
	info := w.info()
	conv := func(e ast.Expr, target types.Type) {
		if target == nil || !types.IsInterface(target) {
			return
		}
		if _, isParam := target.(*types.TypeParam); isParam {
			return
		}
		t := info.TypeOf(e)
		if t == nil || types.IsInterface(t) {
			return
		}
		if _, ok := t.Underlying().(*types.Struct); !ok {
			return
		}
		if !livesInVariable(info, e) {
			return
		}
		typ, ok := w.typeSource(t, e.Pos())
		if !ok {
			return
		}
		start, end := w.offset(e.Pos()), w.offset(e.End())
		w.add(start, start, "[]"+typ+"{", -2)
		w.add(end, end, "}[0]", 2)
	}
	in.WithStack([]ast.Node{(*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil), (*ast.ReturnStmt)(nil), (*ast.CallExpr)(nil), (*ast.CompositeLit)(nil), (*ast.SendStmt)(nil)}, func(n ast.Node, push bool, stack []ast.Node) bool {
		if !push {
			return true
		}
		switch n := n.(type) {
		case *ast.AssignStmt:
			if n.Tok == token.ASSIGN && len(n.Lhs) == len(n.Rhs) {
				for i, r := range n.Rhs {
					conv(r, info.TypeOf(n.Lhs[i]))
				}
			}
		case *ast.ValueSpec:
			if n.Type != nil && len(n.Names) == len(n.Values) {
				for _, v := range n.Values {
					conv(v, info.TypeOf(n.Type))
				}
			}
		case *ast.ReturnStmt:
			sig := enclosingSig(info, stack)
			if sig != nil && sig.Results().Len() == len(n.Results) {
				for i, r := range n.Results {
					conv(r, sig.Results().At(i).Type())
				}
			}
		case *ast.SendStmt:
			if ch, ok := info.TypeOf(n.Chan).Underlying().(*types.Chan); ok {
				conv(n.Value, ch.Elem())
			}
		case *ast.CompositeLit:
			t := info.TypeOf(n)
			if t == nil {
				break
			}
			switch u := t.Underlying().(type) {
			case *types.Slice, *types.Array, *types.Map:
				var elem, key types.Type
				switch u := u.(type) {
				case *types.Slice:
					elem = u.Elem()
				case *types.Array:
					elem = u.Elem()
				case *types.Map:
					elem, key = u.Elem(), u.Key()
				}
				for _, e := range n.Elts {
					if kv, ok := e.(*ast.KeyValueExpr); ok {
						if key != nil {
							conv(kv.Key, key)
						}
						conv(kv.Value, elem)
					} else {
						conv(e, elem)
					}
				}
			case *types.Struct:
				for i, e := range n.Elts {
					if kv, ok := e.(*ast.KeyValueExpr); ok {
						if id, ok := kv.Key.(*ast.Ident); ok {
							if f, ok := info.Uses[id].(*types.Var); ok {
								conv(kv.Value, f.Type())
							}
						}
					} else if i < u.NumFields() {
						conv(e, u.Field(i).Type())
					}
				}
			}
		case *ast.CallExpr:
			if tv, ok := info.Types[n.Fun]; ok && tv.IsType() {
				if len(n.Args) == 1 {
					conv(n.Args[0], tv.Type) // I(x)
				}
				break
			}
			if compiledCallee(info, n.Fun) {
				break
			}
			sig, ok := info.TypeOf(n.Fun).(*types.Signature)
			if !ok || n.Ellipsis.IsValid() {
				break
			}
			for i, a := range n.Args {
				var pt types.Type
				switch {
				case sig.Variadic() && i >= sig.Params().Len()-1:
					pt = sig.Params().At(sig.Params().Len() - 1).Type().(*types.Slice).Elem()
				case i < sig.Params().Len():
					pt = sig.Params().At(i).Type()
				}
				conv(a, pt)
			}
		}
		return true
	})
}

// livesInVariable reports whether e denotes a value stored in a variable:
// a variable's name, a field or an element of one, or *p.
func livesInVariable(info *types.Info, e ast.Expr) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		_, ok := info.Uses[e].(*types.Var)
		return ok
	case *ast.SelectorExpr:
		s := info.Selections[e]
		return s != nil && s.Kind() == types.FieldVal
	case *ast.IndexExpr:
		if tv, ok := info.Types[e.X]; ok && tv.IsType() {
			return false // a generic instance
		}
		return true
	case *ast.StarExpr:
		return true
	}
	return false
}

// compiledCallee reports whether fun names a function or method of a
// compiled package.
func compiledCallee(info *types.Info, fun ast.Expr) bool {
	var id *ast.Ident
	switch f := ast.Unparen(fun).(type) {
	case *ast.Ident:
		id = f
	case *ast.SelectorExpr:
		id = f.Sel
	case *ast.IndexExpr, *ast.IndexListExpr:
		return false
	default:
		return false
	}
	fn, ok := info.Uses[id].(*types.Func)
	return ok && fn.Pkg() != nil && fn.Pkg().Path() != "main"
}
