package frontend

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
)

// Values appended together that read the memory the append writes.
//
// Go evaluates every argument of append(s, a, b) before it stores any.
// yaegi v0.16.1 takes an element of a slice or array, a field or *p as a
// reference to where it lives, and reads it when it stores it, after the
// values before it are stored: with s of length 5 and capacity 6,
// append(s[:4], '5', s[4]) stored '5' over s[4] and then appended it
// again (Go's answer ends "56", the interpreter's "55"). Where a value
// after the first two arguments reads such memory, the values go into a
// slice literal first, which evaluates them all, and are appended from it:
//
//	append(s[:4], '5', s[4])  ->  append(s[:4], []byte{'5', s[4]}...)
//
// It also spread a single value appended to a slice of an interface
// type when the value is itself a slice of the appended-to slice's type:
// with a of type []any, append(a, []any{1, "x"}) appended 1 and "x" (Go
// appends one element, the []any), so a batch collected in a [][]any's
// stead came out flat. Such a value goes into a slice literal too:
//
//	append(a, []any{1, "x"})  ->  append(a, []any{[]any{1, "x"}}...)
//
// A call whose element type cannot be written where it is keeps its form.

// lowerAppendValues rewrites the calls of append described above.
func (w *rewriter) lowerAppendValues(in *inspector.Inspector) {
	info := w.info()
	appendCalls(in, info, func(call *ast.CallExpr, st *types.Slice) {
		reads := false
		if len(call.Args) == 2 {
			if t := info.TypeOf(call.Args[1]); t != nil {
				_, isSlice := t.Underlying().(*types.Slice)
				reads = isSlice && types.IsInterface(st.Elem()) && types.AssignableTo(t, info.TypeOf(call.Args[0]))
			}
		}
		for _, a := range call.Args[2:] {
			reads = reads || readsMemory(info, a)
		}
		if !reads {
			return
		}
		ts, ok := w.typeSource(types.NewSlice(st.Elem()), call.Pos())
		if !ok {
			return
		}
		first, last := call.Args[1], call.Args[len(call.Args)-1]
		w.add(w.offset(first.Pos()), w.offset(first.Pos()), ts+"{", -30)
		w.add(w.offset(last.End()), w.offset(last.End()), "}...", 30)
	})
}

// appendCalls calls f with each call of the built-in append without a
// spread that in walks, and the type of the slice it appends to.
func appendCalls(in *inspector.Inspector, info *types.Info, f func(call *ast.CallExpr, st *types.Slice)) {
	in.Preorder([]ast.Node{(*ast.CallExpr)(nil)}, func(n ast.Node) {
		call := n.(*ast.CallExpr)
		id, ok := ast.Unparen(call.Fun).(*ast.Ident)
		if !ok || len(call.Args) < 2 || call.Ellipsis.IsValid() {
			return
		}
		if b, ok := info.Uses[id].(*types.Builtin); !ok || b.Name() != "append" {
			return
		}
		if st, ok := info.TypeOf(call.Args[0]).Underlying().(*types.Slice); ok {
			f(call, st)
		}
	})
}

// readsMemory reports whether e reads a variable through an element of a
// slice or array, a field or a pointer.
func readsMemory(info *types.Info, e ast.Expr) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.StarExpr:
		return true
	case *ast.IndexExpr:
		switch info.TypeOf(e.X).Underlying().(type) {
		case *types.Slice, *types.Array, *types.Pointer:
			return true
		}
	case *ast.SelectorExpr:
		if s := info.Selections[e]; s != nil && s.Kind() == types.FieldVal {
			return true
		}
	}
	return false
}
