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
// lower_nilderef.go, after the value where that has effects), naming the
// type as %T does:
//
//	m[k] = v  ->  if __repl.Unhashable(k) { __repl.KeyPanic("prog.go:9:2", k, func(__v any) string {...}, len(m), m == nil) }; m[k] = v
//
// A key of a type that is never hashable (a slice, a map, a function, a
// struct holding one: m[Tags{"x"}] = 1) panics where it is evaluated,
// naming its type (the interpreter named its representation, []string,
// or for a generic struct the interpreter's); not where the statement
// stores a value that has effects, which Go evaluates first. So does
// such a key of delete and of a map literal, each in the words of Go's
// map (an empty or nil map's lookup: "hash of unhashable type: T"; a nil
// map's store: "assignment to entry in nil map"). Another key that is not
// a variable, and a variable read, keep the interpreter's message. A
// struct or array key holding interfaces (map[K]int with type K struct{
// name string; x any }) is checked so too: a variable's fields are walked
// when it is stored, and a composite literal's element of a type never
// hashable, put in an interface field (K{"a", Tags{}}), panics naming that
// type, as Go's hash names the first such field's (the interpreter named
// the representation). A key whose own type holds no interface (m[n] = v
// with n an int) is always hashable and is not checked: a check costs a
// call into the shell, which tripled the time of a loop storing ints into
// a map[any]int (BenchmarkMapKeyHash).

// lowerMapKeyHash checks the keys described above.
func (w *rewriter) lowerMapKeyHash(in *inspector.Inspector) {
	info := w.info()
	checked := map[ast.Stmt]map[any]bool{}
	in.WithStack([]ast.Node{(*ast.IndexExpr)(nil)}, func(n ast.Node, push bool, stack []ast.Node) bool {
		if !push || len(stack) < 2 {
			return true
		}
		ix := n.(*ast.IndexExpr)
		m, ok := info.TypeOf(ix.X).Underlying().(*types.Map)
		if !ok || !keyChecked(m.Key()) || hashableStatically(info.TypeOf(ix.Index)) {
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
		// The check names the dynamic type as %T does (the interpreter
		// lost the names of the program's non-struct types: main.Tags
		// was []string), reading the map where that has no effects.
		size, isNil := "1", "false"
		if !hasEffects(info, ix.X) {
			size, isNil = "len("+w.text(ix.X)+")", w.text(ix.X)+" == nil"
		}
		var iface types.Type // the interface the unhashable value is held in (nil: one inside the key)
		if kt := info.TypeOf(ix.Index); types.IsInterface(kt) && !isTypeParam(kt) {
			iface = kt
		}
		guard := func(name, pos string) string {
			nameFn := HelperPkg + ".TypeName" // in generic code, what the session knows
			if !inGenericFunc(info, stack) {
				nameFn = w.typeNameFuncOf(iface, ix.Pos(), false)
			}
			// (The name's function literal is made on failure only: made
			// on every store, it tripled the time of BenchmarkMapKeyHash's
			// key=any-of-any.)
			return fmt.Sprintf("if %s.Unhashable(%s) { %s.KeyPanic(%q, %s, %s, %s, %s) }", HelperPkg, name, HelperPkg, pos, name, nameFn, size, isNil)
		}
		if stored {
			// (Not a read: a check there cost half again the time of a
			// loop reading a map[any]int with any keys, BenchmarkMapKeyHash's
			// key=read-any, for a panic's wording.)
			w.checkBefore(ix.Index, ix.Pos(), stack, checked, guard, true)
		}
		return true
	})
	// delete(m, k) and a map literal's keys hash them too.
	in.Preorder([]ast.Node{(*ast.CallExpr)(nil), (*ast.CompositeLit)(nil)}, func(n ast.Node) {
		switch n := n.(type) {
		case *ast.CallExpr:
			if isBuiltin(info, n.Fun, "delete") && len(n.Args) == 2 {
				if m, ok := underlying(info.TypeOf(n.Args[0])).(*types.Map); ok && keyChecked(m.Key()) {
					w.unhashableKey(n.Args[1], m.Key(), n.Pos(), n.Args[0], false)
				}
			}
		case *ast.CompositeLit:
			if m, ok := underlying(info.TypeOf(n)).(*types.Map); ok && keyChecked(m.Key()) {
				for _, e := range n.Elts {
					if kv, ok := e.(*ast.KeyValueExpr); ok {
						w.unhashableKey(kv.Key, m.Key(), kv.Pos(), nil, true)
					}
				}
			}
		}
	})
}

// inGenericFunc reports whether the top of stack is inside a generic
// function or a method of a generic type.
func inGenericFunc(info *types.Info, stack []ast.Node) bool {
	for _, n := range stack {
		if fd, ok := n.(*ast.FuncDecl); ok {
			if fn, ok := info.Defs[fd.Name].(*types.Func); ok {
				sig := fn.Signature()
				return sig.TypeParams().Len() > 0 || sig.RecvTypeParams().Len() > 0
			}
		}
	}
	return false
}

// keyChecked reports whether the keys of a map keyed by mk are checked:
// an interface (a type parameter too), or a struct or array type holding
// one and no type parameter.
func keyChecked(mk types.Type) bool {
	return types.IsInterface(mk) || !hasTypeParam(mk) && !hashableStatically(mk)
}

// unhashableKey makes key, a key of the map m whose key type is mk (an
// interface, or a struct or array type holding one), stored in or else
// read (store), panic where it is evaluated, at pos, as Go's map does,
// when its type is never hashable, or it is a composite literal holding
// such a value in an interface (unhashablePart); it reports whether it
// did. (m nil: a literal's map, being made.)
func (w *rewriter) unhashableKey(key ast.Expr, mk types.Type, pos token.Pos, m ast.Expr, store bool) bool {
	kt := w.info().TypeOf(key)
	if kt == nil || types.IsInterface(kt) || untypedNil(kt) {
		return false
	}
	named := kt // the type the panic names
	if types.Comparable(kt) {
		if named = w.unhashablePart(key); named == nil {
			return false
		}
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
	typed := "" // an elided literal's type (map[K]int{{"a", 1}: 1}), written out
	if lit, ok := key.(*ast.CompositeLit); ok && lit.Type == nil {
		typed = ks
	}
	w.wrapArg(key, fmt.Sprintf("func(__k %s) %s { panic(%s.UnhashableKey(%q, %q, %t, %s, %s)) }(%s", ks, ms, HelperPkg, w.src.Position(w.offset(pos)), reflectString(named), store, n, isNil, typed), -5)
	w.add(w.offset(key.End()), w.offset(key.End()), ")", 5)
	return true
}

// unhashablePart returns the type of the first value, in the order Go
// hashes them, that key (a composite literal of a struct or array type,
// or one nested in it) puts in an interface and whose type is never
// hashable; nil where there is none.
func (w *rewriter) unhashablePart(key ast.Expr) types.Type {
	lit, ok := ast.Unparen(key).(*ast.CompositeLit)
	if !ok {
		return nil
	}
	info := w.info()
	part := func(e ast.Expr, ft types.Type) types.Type {
		et := info.TypeOf(e)
		switch {
		case et == nil || untypedNil(et):
			return nil
		case types.IsInterface(ft):
			if !types.IsInterface(et) && !types.Comparable(et) {
				return et
			}
			return nil
		}
		return w.unhashablePart(e)
	}
	switch u := underlying(info.TypeOf(lit)).(type) {
	case *types.Struct:
		byField := make([]ast.Expr, u.NumFields())
		for i, e := range lit.Elts {
			if kv, ok := e.(*ast.KeyValueExpr); ok {
				if id, ok := kv.Key.(*ast.Ident); ok {
					for j := range u.NumFields() {
						if u.Field(j).Name() == id.Name {
							byField[j] = kv.Value
						}
					}
				}
			} else if i < len(byField) {
				byField[i] = e
			}
		}
		for i, e := range byField {
			if e == nil {
				continue
			}
			if t := part(e, u.Field(i).Type()); t != nil {
				return t
			}
		}
	case *types.Array:
		for _, e := range lit.Elts {
			if _, ok := e.(*ast.KeyValueExpr); ok {
				return nil // indexed elements: their order is not the literal's
			}
			if t := part(e, u.Elem()); t != nil {
				return t
			}
		}
	}
	return nil
}

// untypedNil reports whether t is the type of nil.
func untypedNil(t types.Type) bool {
	b, ok := t.(*types.Basic)
	return ok && b.Kind() == types.UntypedNil
}

// isIncDec reports whether the index expression at the top of stack is
// the operand of an increment or decrement (a store).
func isIncDec(stack []ast.Node) bool {
	_, ok := stack[len(stack)-2].(*ast.IncDecStmt)
	return ok
}
