package frontend

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
)

// Lowering: a nil pointer of the program's types held as error.
//
// In Go, an error holding a nil *MyErr is not nil (the classic typed-nil
// trap: func f() error { var p *MyErr; return p } returns a non-nil
// error). yaegi v0.16.1 converts a nil value to a compiled interface with
// methods as the interface's zero value, so err == nil was true and %T
// said <nil>.
//
// Where the type checker sees a value of a nilable type of the program's
// with an Error method converted to error (returned, assigned, passed as
// an argument, converted explicitly), the value goes through a function
// literal that, when it is nil, makes __repl.TypedNil of it instead: a
// non-nil error that says its type (%T, through __repl.TypeName), whose
// Error method calls the type's own with the nil receiver (fmt prints
// <nil> for one that panics, as it does for a nil pointer), and that
// compares equal to another typed nil of the same type. An assertion of
// it to the type, or a type switch's case of the type, gives the nil
// value, true (see typedNilAssert). Values of such types in composite
// literals, sent on channels or held as interfaces other than error are
// left as they are (the interpreter's nil).

// typedNilType reports whether t is a type of the program's that can be
// nil and implements error: a pointer to one of its types, or one of its
// map, slice, func or channel types.
func typedNilType(t types.Type) bool {
	if t == nil || types.IsInterface(t) || !types.Implements(t, errorType) {
		return false
	}
	if _, ok := userType(t); !ok {
		return false
	}
	switch t.Underlying().(type) {
	case *types.Pointer, *types.Map, *types.Slice, *types.Signature, *types.Chan:
		return true
	}
	return false
}

// errorType0 is the predeclared error type.
var errorType0 = types.Universe.Lookup("error").Type()

// isErrorType reports whether t is the predeclared error.
func isErrorType(t types.Type) bool {
	return t != nil && types.Identical(t, types.Universe.Lookup("error").Type())
}

// typedNilName names t as %T does.
func typedNilName(t types.Type) string {
	return types.TypeString(t, func(p *types.Package) string { return p.Name() })
}

// lowerTypedNil wraps the conversions to error the doc above describes.
func (w *rewriter) lowerTypedNil(in *inspector.Inspector) {
	info := w.info()
	wrap := func(e ast.Expr, target types.Type) {
		if !isErrorType(target) {
			return
		}
		t := info.TypeOf(e)
		if boxedErrorType(t) {
			prefix, suffix := w.boxError(t)
			start, end := w.offset(e.Pos()), w.offset(e.End())
			w.add(start, start, prefix, -4)
			w.add(end, end, suffix, 4)
			return
		}
		if !typedNilType(t) || !expressible(t) {
			return
		}
		switch x := ast.Unparen(e).(type) {
		case *ast.UnaryExpr:
			if x.Op == token.AND {
				return // &T{...}: never nil
			}
		case *ast.CallExpr:
			if id, ok := x.Fun.(*ast.Ident); ok {
				if b, ok := info.Uses[id].(*types.Builtin); ok && b.Name() == "new" {
					return
				}
			}
		}
		typ, ok := w.typeSource(t, e.Pos())
		if !ok {
			return
		}
		start, end := w.offset(e.Pos()), w.offset(e.End())
		w.add(start, start, fmt.Sprintf("func(__p %s) error { if __p == nil { return %s.TypedNil(%q, func() string { return __p.Error() }) }; return __p }(",
			typ, HelperPkg, typedNilName(t)), -4)
		w.add(end, end, ")", 4)
	}
	var sigs []*types.Signature // of the enclosing functions
	in.Nodes([]ast.Node{(*ast.FuncDecl)(nil), (*ast.FuncLit)(nil), (*ast.ReturnStmt)(nil), (*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil), (*ast.CallExpr)(nil), (*ast.CompositeLit)(nil), (*ast.SendStmt)(nil), (*ast.BinaryExpr)(nil)}, func(n ast.Node, push bool) bool {
		switch n := n.(type) {
		case *ast.BinaryExpr:
			// err == NotFound{"x"}: the value boxed as the conversion
			// would, the two errors compared as __repl.SameError compares
			// them (see lower_fmt.go).
			if !push || n.Op != token.EQL && n.Op != token.NEQ {
				break
			}
			x, y := n.X, n.Y
			if isErrorType(info.TypeOf(y)) {
				x, y = y, x
			}
			if !isErrorType(info.TypeOf(x)) || !boxedErrorType(info.TypeOf(y)) {
				break
			}
			wrap(y, errorType0)
			not := ""
			if n.Op == token.NEQ {
				not = "!"
			}
			start, end := w.offset(n.Pos()), w.offset(n.End())
			w.add(start, start, not+HelperPkg+".SameError(", -6)
			w.add(w.offset(n.OpPos), w.offset(n.OpPos)+len(n.Op.String()), ",", 0)
			w.add(end, end, ")", 6)
		case *ast.SendStmt:
			if push {
				if ch, ok := info.TypeOf(n.Chan).Underlying().(*types.Chan); ok {
					wrap(n.Value, ch.Elem())
				}
			}
		case *ast.CompositeLit:
			if !push {
				break
			}
			t := info.TypeOf(n)
			if t == nil {
				break
			}
			if p, ok := t.Underlying().(*types.Pointer); ok {
				t = p.Elem()
			}
			switch u := t.Underlying().(type) {
			case *types.Struct:
				for i, e := range n.Elts {
					if kv, ok := e.(*ast.KeyValueExpr); ok {
						if id, ok := kv.Key.(*ast.Ident); ok {
							if f, ok := info.Uses[id].(*types.Var); ok {
								wrap(kv.Value, f.Type())
							}
						}
					} else if i < u.NumFields() {
						wrap(e, u.Field(i).Type())
					}
				}
			case *types.Slice, *types.Array, *types.Map:
				var key, elem types.Type
				switch u := u.(type) {
				case *types.Slice:
					elem = u.Elem()
				case *types.Array:
					elem = u.Elem()
				case *types.Map:
					key, elem = u.Key(), u.Elem()
				}
				for _, e := range n.Elts {
					if kv, ok := e.(*ast.KeyValueExpr); ok {
						if key != nil {
							wrap(kv.Key, key)
						}
						wrap(kv.Value, elem)
					} else {
						wrap(e, elem)
					}
				}
			}
		case *ast.FuncDecl:
			if push {
				var sig *types.Signature
				if fn, ok := info.Defs[n.Name].(*types.Func); ok {
					sig = fn.Signature()
				}
				sigs = append(sigs, sig)
			} else {
				sigs = sigs[:len(sigs)-1]
			}
		case *ast.FuncLit:
			if push {
				sig, _ := info.TypeOf(n).(*types.Signature)
				sigs = append(sigs, sig)
			} else {
				sigs = sigs[:len(sigs)-1]
			}
		case *ast.ReturnStmt:
			if push && len(sigs) > 0 && sigs[len(sigs)-1] != nil {
				if r := sigs[len(sigs)-1].Results(); r.Len() == len(n.Results) {
					for i, e := range n.Results {
						wrap(e, r.At(i).Type())
					}
				}
			}
		case *ast.AssignStmt:
			if push && n.Tok == token.ASSIGN && len(n.Lhs) == len(n.Rhs) {
				for i, e := range n.Rhs {
					wrap(e, info.TypeOf(n.Lhs[i]))
				}
			}
		case *ast.ValueSpec:
			if push && n.Type != nil && len(n.Names) == len(n.Values) {
				for _, e := range n.Values {
					wrap(e, info.TypeOf(n.Type))
				}
			}
		case *ast.CallExpr:
			if !push {
				break
			}
			if tv := info.Types[n.Fun]; tv.IsType() {
				if len(n.Args) == 1 {
					wrap(n.Args[0], tv.Type)
				}
				break
			}
			if sel, ok := n.Fun.(*ast.SelectorExpr); ok {
				if fn, ok := info.Uses[sel.Sel].(*types.Func); ok && fn.Pkg() != nil && fn.Pkg().Path() == "fmt" && fn.Name() == "Errorf" {
					// %w keeps the value as error.
					for _, e := range n.Args[1:] {
						wrap(e, errorType0)
					}
					break
				}
			}
			ft := info.TypeOf(n.Fun)
			if ft == nil {
				break
			}
			sig, ok := ft.Underlying().(*types.Signature)
			if !ok || n.Ellipsis.IsValid() {
				break
			}
			for i, e := range n.Args {
				var p types.Type
				switch {
				case sig.Variadic() && i >= sig.Params().Len()-1:
					p = sig.Params().At(sig.Params().Len() - 1).Type().(*types.Slice).Elem()
				case i < sig.Params().Len():
					p = sig.Params().At(i).Type()
				}
				wrap(e, p)
			}
		}
		return true
	})
}

// typedNilAssert returns the statement that, in the function literal of a
// comma-ok assertion of __x to t, returns the nil t and true when __x is
// a typed nil of t (see the doc above); "" when t is no such type.
func (w *rewriter) typedNilAssert(t types.Type) string {
	if !typedNilType(t) {
		return ""
	}
	return fmt.Sprintf("if %s.IsTypedNil(__x, %q) { var __n %s; return __n, true }; ", HelperPkg, typedNilName(t), types.TypeString(t, w.qualifier()))
}
