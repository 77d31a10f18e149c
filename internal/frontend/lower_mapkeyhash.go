package frontend

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
)

// A key that cannot be hashed, stored in a map keyed by an interface.
//
// Go panics with a runtime.Error naming the key's dynamic type, "runtime
// error: hash of unhashable type main.T". yaegi v0.16.1 stores through
// reflection, whose panic names the type's representation ("hash of
// unhashable type: struct { Xa int; Xf func() }"). Where the key is a
// variable, a statement before the store checks it (as the nil checks of
// lower_nilderef.go, after the value where that has effects):
//
//	m[k] = v  ->  __repl.CheckHashable("prog.go:9:2", k); m[k] = v
//
// A key of a type that is never hashable (a slice, a map, a function, a
// struct holding one: m[Tags{"x"}] = 1) panics where it is evaluated,
// naming its type (the interpreter named its representation, []string,
// or for a generic struct the interpreter's); not where the statement
// stores a value that has effects, which Go evaluates first. So does
// such a key of delete and of a map literal, each in the words of Go's
// map (an empty or nil map's lookup: "hash of unhashable type: T"; a nil
// map's store: "assignment to entry in nil map"). Another key that is not
// a variable keeps the interpreter's message. A key
// whose own type holds no interface (m[n] = v with n an int) is always
// hashable and is not checked: a check costs a call into the shell,
// which tripled the time of a loop storing ints into a map[any]int
// (BenchmarkMapKeyHash).

// lowerMapKeyHash checks the keys described above.
func (w *rewriter) lowerMapKeyHash(in *inspector.Inspector) {
	info := w.info()
	checked := map[ast.Stmt]map[any]bool{}
	guard := func(name, pos string) string { return fmt.Sprintf("%s.CheckHashable(%q, %s)", HelperPkg, pos, name) }
	in.WithStack([]ast.Node{(*ast.IndexExpr)(nil)}, func(n ast.Node, push bool, stack []ast.Node) bool {
		if !push || len(stack) < 2 {
			return true
		}
		ix := n.(*ast.IndexExpr)
		m, ok := info.TypeOf(ix.X).Underlying().(*types.Map)
		if !ok || !types.IsInterface(m.Key()) || hashableStatically(info.TypeOf(ix.Index)) {
			return true // a key of a type that holds no interface hashes
		}
		stored, pure := false, true
		switch p := stack[len(stack)-2].(type) {
		case *ast.AssignStmt:
			stored = len(p.Lhs) == 1 && p.Lhs[0] == ix && p.Tok != token.DEFINE
			for _, r := range p.Rhs {
				pure = pure && !hasEffects(info, r)
			}
		case *ast.IncDecStmt:
			stored = p.X == ix
		}
		if (pure || !stored) && w.unhashableKey(ix.Index, m.Key(), ix.Pos(), ix.X, stored || isIncDec(stack)) {
			// (A store's values, which Go evaluates first, have no
			// effects.)
			return true
		}
		if stored {
			w.checkBefore(ix.Index, ix.Pos(), stack, checked, guard, true)
		}
		return true
	})
	// delete(m, k) and a map literal's keys hash them too.
	in.Preorder([]ast.Node{(*ast.CallExpr)(nil), (*ast.CompositeLit)(nil)}, func(n ast.Node) {
		switch n := n.(type) {
		case *ast.CallExpr:
			if isBuiltin(info, n.Fun, "delete") && len(n.Args) == 2 {
				if m, ok := underlying(info.TypeOf(n.Args[0])).(*types.Map); ok && types.IsInterface(m.Key()) {
					w.unhashableKey(n.Args[1], m.Key(), n.Pos(), n.Args[0], false)
				}
			}
		case *ast.CompositeLit:
			if m, ok := underlying(info.TypeOf(n)).(*types.Map); ok && types.IsInterface(m.Key()) {
				for _, e := range n.Elts {
					if kv, ok := e.(*ast.KeyValueExpr); ok {
						w.unhashableKey(kv.Key, m.Key(), kv.Pos(), nil, true)
					}
				}
			}
		}
	})
}

// unhashableKey makes key, a key of the map m whose key type is mk (an
// interface), stored in or else read (store), panic where it is
// evaluated, at pos, as Go's map does, when its type is never hashable;
// it reports whether it did. (m nil: a literal's map, being made.)
func (w *rewriter) unhashableKey(key ast.Expr, mk types.Type, pos token.Pos, m ast.Expr, store bool) bool {
	kt := w.info().TypeOf(key)
	if kt == nil || types.IsInterface(kt) || types.Comparable(kt) {
		return false
	}
	ks, ok1 := w.typeSource(kt, key.Pos())
	ms, ok2 := w.typeSource(mk, key.Pos())
	if !ok1 || !ok2 {
		return false
	}
	// The map's length and nil-ness, read where it has no effects
	// (else taken as a map with entries: the hash's message).
	n, isNil := "1", "false"
	if m != nil && !hasEffects(w.info(), m) {
		n, isNil = "len("+w.text(m)+")", w.text(m)+" == nil"
	}
	w.wrapArg(key, fmt.Sprintf("func(__k %s) %s { panic(%s.Unhashable(%q, %q, %t, %s, %s)) }(", ks, ms, HelperPkg, w.src.Position(w.offset(pos)), reflectString(kt), store, n, isNil), -5)
	w.add(w.offset(key.End()), w.offset(key.End()), ")", 5)
	return true
}

// isIncDec reports whether the index expression at the top of stack is
// the operand of an increment or decrement (a store).
func isIncDec(stack []ast.Node) bool {
	_, ok := stack[len(stack)-2].(*ast.IncDecStmt)
	return ok
}
