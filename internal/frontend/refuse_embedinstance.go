package frontend

import (
	"fmt"
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
)

// Refused: a struct type embedding an instance of a generic type of
// several type parameters (struct{ Pair[string, int]; Note string }).
//
// yaegi v0.16.1 names an embedded field by its type's name, and finds
// none in an instance written with several type arguments: the field is
// named X. fmt's %+v printed {X:{K:a V:1} Note:n} where Go prints
// {Pair:{K:a V:1} Note:n}, and r.Pair, a literal's Pair: key and json
// failed in the interpreter's words. The field is refused, with the way
// around: name the field (Pair Pair[string, int]). Where the shell
// writes the instance out as a type of its own (lower_typecopy.go), the
// field is named after it, and renamed back: that runs. So does a script
// that only reaches the field's fields and methods through the struct
// (s.Put(1, "one") of a Svc embedding Cache[int, string]): it names no
// field Pair, and puts no value of the struct in an interface, where
// fmt, json or reflection would see the field's name. (At the prompt a
// later input may.)

// refuseEmbeddedInstances refuses the first field described above.
func (w *rewriter) refuseEmbeddedInstances(in *inspector.Inspector) error {
	info := w.info()
	if info == nil {
		return nil
	}
	// named reports whether the program names v, or puts a value of the
	// struct type t (a pointer to one, a value holding one) in an
	// interface.
	named := func(v *types.Var, t types.Type) bool {
		if w.mode != ModeScript {
			return true
		}
		for _, obj := range info.Uses {
			if obj == v {
				return true
			}
		}
		return toInterface(info, w.file, func(u types.Type) bool {
			return types.Identical(u, t) || types.Identical(u, types.NewPointer(t)) || madeOf(u, func(p types.Type) bool { return types.Identical(p, t) })
		})
	}
	var err error
	in.WithStack([]ast.Node{(*ast.StructType)(nil)}, func(n ast.Node, push bool, stack []ast.Node) bool {
		st, ok := info.TypeOf(n.(*ast.StructType)).(*types.Struct)
		if err != nil || !ok || !push {
			return err == nil
		}
		var owner types.Type = st
		if len(stack) >= 2 {
			if ts, ok := stack[len(stack)-2].(*ast.TypeSpec); ok && info.Defs[ts.Name] != nil {
				owner = info.Defs[ts.Name].Type()
			}
		}
		i := 0
		for _, field := range n.(*ast.StructType).Fields.List {
			if len(field.Names) > 0 {
				i += len(field.Names)
				continue
			}
			v := st.Field(i)
			i++
			x := field.Type
			if s, ok := x.(*ast.StarExpr); ok {
				x = s.X
			}
			if _, several := x.(*ast.IndexListExpr); !several || w.embeddedCopyName(v) != "" || !named(v, owner) {
				continue
			}
			err = &Error{Pos: w.src.Position(w.offset(field.Type.Pos())), Msg: fmt.Sprintf(
				"an embedded field of type %s, an instance of a generic type of several type parameters: the interpreter names the field X (%%+v would print X:, and .%s, a literal's %s: key and json fail); name the field (%s %s) and reach its fields and methods through it",
				w.text(field.Type), v.Name(), v.Name(), v.Name(), w.text(field.Type))}
			return false
		}
		return true
	})
	return err
}

// toInterface reports whether file puts a value of a type of is in an
// interface: a call's argument (fmt.Println(r), json.Marshal(r)), an
// assignment, a declaration, a return or a composite literal's element
// whose destination is of an interface type.
func toInterface(info *types.Info, file *ast.File, of func(types.Type) bool) bool {
	found := false
	check := func(e ast.Expr, dst types.Type) {
		if t := info.TypeOf(e); !found && t != nil && dst != nil && types.IsInterface(dst) && !types.IsInterface(t) && of(t) {
			found = true
		}
	}
	ast.Inspect(file, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncDecl:
			if sig, ok := info.TypeOf(n.Name).(*types.Signature); ok && n.Body != nil {
				ast.Inspect(n.Body, func(m ast.Node) bool {
					if r, ok := m.(*ast.ReturnStmt); ok && len(r.Results) == sig.Results().Len() {
						for i, e := range r.Results {
							check(e, sig.Results().At(i).Type())
						}
					}
					_, lit := m.(*ast.FuncLit)
					return !lit
				})
			}
		case *ast.CallExpr:
			sig, ok := info.TypeOf(n.Fun).Underlying().(*types.Signature)
			if !ok {
				if tv := info.Types[n.Fun]; tv.IsType() && len(n.Args) == 1 {
					check(n.Args[0], tv.Type) // any(r)
				}
				return true
			}
			for i, a := range n.Args {
				check(a, paramType(sig, i, n.Ellipsis.IsValid()))
			}
		case *ast.AssignStmt:
			if len(n.Lhs) == len(n.Rhs) {
				for i := range n.Lhs {
					check(n.Rhs[i], info.TypeOf(n.Lhs[i]))
				}
			}
		case *ast.ValueSpec:
			if n.Type != nil && len(n.Values) == len(n.Names) {
				for _, v := range n.Values {
					check(v, info.TypeOf(n.Type))
				}
			}
		case *ast.CompositeLit:
			elem := elemOf(info.TypeOf(n))
			for _, e := range n.Elts {
				if kv, ok := e.(*ast.KeyValueExpr); ok {
					e = kv.Value
				}
				check(e, elem)
			}
		case *ast.SendStmt:
			if ch, ok := info.TypeOf(n.Chan).Underlying().(*types.Chan); ok {
				check(n.Value, ch.Elem())
			}
		}
		return !found
	})
	return found
}
