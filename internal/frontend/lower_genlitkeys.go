package frontend

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ast/inspector"
)

// Lowering: the elements of a composite literal holding a call of a
// generic function of several type parameters, keyed.
//
// yaegi v0.16.1 works out the type of each element of a composite
// literal written without a key before it compiles the element, and it
// cannot work out the type of a call of a generic function instantiated
// with several type arguments (MakePair[string, int]("y", 2), as the
// type arguments go/types inferred are written, lower_infer.go): it
// failed to compile the literal ("not a generic type: func(main.A,main.B)
// main.Pair"), at the prompt and in a script. An element with a key is
// compiled as it is. So each element without a key of a slice, array or
// struct literal holding such a call gets its key, its index or its
// field's name, which is what Go gives it anyway:
//
//	[]Pair[string, int]{p, MakePair("y", 2)}
//	  ->  []Pair[string, int]{0: p, 1: MakePair[string, int]("y", 2)}
//
// A struct literal with a blank field, which cannot be keyed, is left as
// it is.

// lowerGenericLitKeys keys the elements described above.
func (w *rewriter) lowerGenericLitKeys(in *inspector.Inspector) {
	info := w.info()
	in.Preorder([]ast.Node{(*ast.CompositeLit)(nil)}, func(n ast.Node) {
		lit := n.(*ast.CompositeLit)
		if len(lit.Elts) == 0 || !slices.ContainsFunc(lit.Elts, w.holdsMultiInstanceCall) {
			return
		}
		t := info.TypeOf(lit)
		if t == nil {
			return
		}
		var keys []string
		switch u := t.Underlying().(type) {
		case *types.Slice, *types.Array:
			i := int64(0)
			for _, e := range lit.Elts {
				if kv, ok := e.(*ast.KeyValueExpr); ok {
					v := info.Types[kv.Key].Value
					if v == nil || v.Kind() != constant.Int {
						return
					}
					i, _ = constant.Int64Val(v)
					keys = append(keys, "")
				} else {
					keys = append(keys, fmt.Sprintf("%d: ", i))
				}
				i++
			}
		case *types.Struct:
			if _, keyed := lit.Elts[0].(*ast.KeyValueExpr); keyed || len(lit.Elts) != u.NumFields() {
				return
			}
			for i := range u.NumFields() {
				f := u.Field(i)
				if f.Name() == "_" {
					return
				}
				keys = append(keys, f.Name()+": ")
			}
		default:
			return
		}
		for i, e := range lit.Elts {
			if keys[i] != "" {
				at := w.offset(e.Pos())
				w.add(at, at, keys[i], -1<<19)
			}
		}
	})
}

// holdsMultiInstanceCall reports whether e holds a call of a generic
// function instantiated with several type arguments, outside a function
// literal.
func (w *rewriter) holdsMultiInstanceCall(e ast.Expr) bool {
	info := w.info()
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if found {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.CallExpr:
			id := calleeIdent(n.Fun)
			if id == nil {
				return true
			}
			if _, isFunc := info.Uses[id].(*types.Func); isFunc && info.Instances[id].TypeArgs.Len() > 1 {
				found = true
				return false
			}
		}
		return true
	})
	return found
}
