package frontend

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
)

// Lowering: the keys of a map keyed by an empty interface, as one
// representation.
//
// yaegi v0.16.1 holds a value of a type of the program's with methods,
// converted to any where it is a composite literal's element or key, an
// assignment's or a declaration's value, as its own interface value (see
// hostrt's helpers_held.go), but stores a key written as a value of its
// own type (m[Point{}] = v) as the bare value. A map compares the two as
// different keys, so
//
//	lit := map[any]string{Point{0, 0}: "origin"}
//	lit[Point{}]                  // "": Go "origin"
//	var k any = Point{}
//	m[Point{}] = "x"; m[k]        // "": Go "x"
//
// missed, and a store through an interface added a second key. The pass
// gives the map every key whose static type is an interface, or one of
// the program's types, as the bare value the interpreter's interface
// value holds (__repl.MapKey, which leaves any other value as it is): in
// an index expression, a delete, and a key of a composite literal of the
// map's type.
//
//	m[k]                                ->  m[__repl.MapKey(k)]
//	map[any]string{Point{0, 0}: "o"}    ->  map[any]string{__repl.MapKey(Point{0, 0}): "o"}
//
// A key read back from the map (for k := range m) is the bare value,
// as a key stored as a value of its own type was before; fmt and type
// assertions know it by its representation (lower_fmtheld.go,
// lower_structtag.go). A map keyed by an interface with methods is
// refused (lower_ifacecmp.go); a struct key holding an interface is not
// reached.

// lowerMapAnyKeys rewrites the keys described above.
func (w *rewriter) lowerMapAnyKeys(in *inspector.Inspector) {
	info := w.info()
	anyKeyed := func(e ast.Expr) bool {
		t := info.TypeOf(e)
		if t == nil {
			return false
		}
		m, ok := t.Underlying().(*types.Map)
		return ok && emptyIface(m.Key()) && !isTypeParam(t)
	}
	wrap := func(k ast.Expr) {
		tv := info.Types[k]
		if tv.Type == nil || tv.IsNil() {
			return
		}
		if _, own := userType(tv.Type); !own && (!types.IsInterface(tv.Type) || isTypeParam(tv.Type)) {
			return
		}
		end := w.offset(k.End())
		w.wrapArg(k, HelperPkg+".MapKey(", -6)
		w.add(end, end, ")", 6)
	}
	for n := range in.Root().Preorder((*ast.IndexExpr)(nil), (*ast.CallExpr)(nil), (*ast.CompositeLit)(nil)) {
		switch n := n.Node().(type) {
		case *ast.IndexExpr:
			if anyKeyed(n.X) {
				if tv := info.Types[n.Index]; tv.Type != nil && types.IsInterface(tv.Type) {
					wrap(n.Index) // a value of its own type is stored bare already
				}
			}
		case *ast.CallExpr:
			if id, ok := ast.Unparen(n.Fun).(*ast.Ident); ok && len(n.Args) == 2 && anyKeyed(n.Args[0]) {
				if b, ok := info.Uses[id].(*types.Builtin); ok && b.Name() == "delete" {
					if tv := info.Types[n.Args[1]]; tv.Type != nil && types.IsInterface(tv.Type) {
						wrap(n.Args[1])
					}
				}
			}
		case *ast.CompositeLit:
			if !anyKeyed(n) {
				continue
			}
			for _, e := range n.Elts {
				if kv, ok := e.(*ast.KeyValueExpr); ok {
					wrap(kv.Key)
				}
			}
		}
	}
}
