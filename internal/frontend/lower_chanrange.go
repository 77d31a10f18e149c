package frontend

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
)

// Ranges over a slice or map of channels with a value variable.
//
// yaegi v0.16.1 fails a range over a slice (or array) of channels that
// declares a value variable: for _, ch := range chs panicked at once
// ("reflect: call of reflect.Value.Len on int Value"), where the same loop
// over the indices runs; over a map of channels, the value variable was
// nil (a send on it panicked). When the slice or map is a variable the
// loop does not assign, the pass ranges over the indices (keys) and
// declares the value variable first thing in the body:
//
//	for _, ch := range chs {   ->  for __i1 := range chs { ch := chs[__i1];
//	for i, ch := range chs {   ->  for i := range chs { ch := chs[i];
//	for k, ch := range subs {  ->  for k := range subs { ch := subs[k];
//
// Over a slice or array that is not a variable (a field, an index of a
// map, a call's result) or that the loop assigns, the loop ranges over the
// indices of a variable of its own holding the value the expression has
// when the loop starts, as Go evaluates it once:
//
//	for _, ch := range b.subs[topic] {
//	  ->  for __s1, __i2 := b.subs[topic], 0; __i2 < len(__s1); __i2++ { ch := __s1[__i2];
//
// Any other such loop (over a map that is not a variable or that the
// loop assigns, or with = rather than :=) is refused before it runs, with
// the way around.

// lowerChanRanges rewrites the ranges over slices and maps of channels.
func (w *rewriter) lowerChanRanges(in *inspector.Inspector) error {
	info := w.info()
	var err error
	in.Preorder([]ast.Node{(*ast.RangeStmt)(nil)}, func(n ast.Node) {
		r := n.(*ast.RangeStmt)
		if err != nil || r.Value == nil {
			return
		}
		if id, ok := r.Value.(*ast.Ident); ok && id.Name == "_" {
			return
		}
		xt := info.TypeOf(r.X)
		if xt == nil {
			return
		}
		var elem types.Type
		what, way := "slice", "range over the indices, for i := range s, and read s[i]"
		switch u := xt.Underlying().(type) {
		case *types.Map:
			elem = u.Elem()
			what, way = "map", "range over the keys, for k := range m, and read m[k]"
		case *types.Slice:
			elem = u.Elem()
		case *types.Array:
			elem = u.Elem()
		case *types.Pointer:
			if a, ok := u.Elem().Underlying().(*types.Array); ok {
				elem = a.Elem()
			}
		}
		if elem == nil {
			return
		}
		if _, isChan := elem.Underlying().(*types.Chan); !isChan {
			return
		}
		x, plain := w.plainText(info, r.X, false)
		if (!plain || assigns(info, r.Body, r.X)) && what == "slice" && r.Tok == token.DEFINE {
			w.chanRangeOnce(r)
			return
		}
		if !plain || r.Tok != token.DEFINE || assigns(info, r.Body, r.X) {
			err = &Error{Pos: w.src.Position(w.offset(r.Pos())), Msg: fmt.Sprintf("a range over a %s of channels with a value variable: the interpreter fails on it (%s)", what, way)}
			return
		}
		key := ""
		if id, ok := r.Key.(*ast.Ident); ok && id.Name != "_" {
			key = id.Name
		} else {
			key = w.tmpName("i")
		}
		w.add(w.offset(r.Key.Pos()), w.offset(r.Value.End()), key, -55)
		at := w.offset(r.Body.Lbrace) + 1
		w.add(at, at, fmt.Sprintf(" %s := %s[%s];", r.Value.(*ast.Ident).Name, x, key), -55)
	})
	return err
}

// chanRangeOnce rewrites r, a range over a slice or array of channels
// that is not a variable or that the loop assigns, as a loop over the
// indices of the value r.X has when the loop starts (see the doc above).
func (w *rewriter) chanRangeOnce(r *ast.RangeStmt) {
	s, i := w.tmpName("s"), w.tmpName("i")
	w.add(w.offset(r.Key.Pos()), w.offset(r.X.Pos()), s+", "+i+" := ", -55)
	at := w.offset(r.X.End())
	w.add(at, at, fmt.Sprintf(", 0; %s < len(%s); %s++", i, s, i), 55)
	decl := fmt.Sprintf(" %s := %s[%s];", r.Value.(*ast.Ident).Name, s, i)
	if id, ok := r.Key.(*ast.Ident); ok && id.Name != "_" {
		decl = fmt.Sprintf(" %s, %s := %s, %s[%s];", id.Name, r.Value.(*ast.Ident).Name, i, s, i)
	}
	at = w.offset(r.Body.Lbrace) + 1
	w.add(at, at, decl, -55)
}

// assigns reports whether body assigns the variable x names, or takes its
// address.
func assigns(info *types.Info, body ast.Node, x ast.Expr) bool {
	id, ok := ast.Unparen(x).(*ast.Ident)
	if !ok {
		return true
	}
	v := info.Uses[id]
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for _, l := range n.Lhs {
				if lid, ok := ast.Unparen(l).(*ast.Ident); ok && info.Uses[lid] == v {
					found = true
				}
			}
		case *ast.UnaryExpr:
			if uid, ok := ast.Unparen(n.X).(*ast.Ident); ok && n.Op == token.AND && info.Uses[uid] == v {
				found = true
			}
		}
		return !found
	})
	return found
}
