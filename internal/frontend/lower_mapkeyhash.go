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
// stores a value that has effects, which Go evaluates first. Any other
// key other than a variable keeps the interpreter's message. A key
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
		if kt := info.TypeOf(ix.Index); kt != nil && !types.IsInterface(kt) && !types.Comparable(kt) && (pure || !stored) {
			// Never hashable: the panic, naming the type, where the key
			// is evaluated (a store's values, which Go evaluates first,
			// have no effects).
			key, ok1 := w.typeSource(kt, ix.Pos())
			mk, ok2 := w.typeSource(m.Key(), ix.Pos())
			if ok1 && ok2 {
				w.wrapArg(ix.Index, fmt.Sprintf("func(__k %s) %s { panic(%s.Unhashable(%q, %q)) }(", key, mk, HelperPkg, w.src.Position(w.offset(ix.Pos())), reflectString(kt)), -5)
				w.add(w.offset(ix.Index.End()), w.offset(ix.Index.End()), ")", 5)
				return true
			}
		}
		if stored {
			w.checkBefore(ix.Index, ix.Pos(), stack, checked, guard, true)
		}
		return true
	})
}
