package frontend

import (
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
//	m[k] = v  ->  __repl.CheckHashable(k); m[k] = v
//
// A key other than a variable keeps the interpreter's message. A key
// whose own type holds no interface (m[n] = v with n an int) is always
// hashable and is not checked: a check costs a call into the shell,
// which tripled the time of a loop storing ints into a map[any]int
// (BenchmarkMapKeyHash).

// lowerMapKeyHash checks the keys described above.
func (w *rewriter) lowerMapKeyHash(in *inspector.Inspector) {
	info := w.info()
	checked := map[ast.Stmt]map[any]bool{}
	guard := func(name, _ string) string { return HelperPkg + ".CheckHashable(" + name + ")" }
	in.WithStack([]ast.Node{(*ast.IndexExpr)(nil)}, func(n ast.Node, push bool, stack []ast.Node) bool {
		if !push || len(stack) < 2 {
			return true
		}
		ix := n.(*ast.IndexExpr)
		m, ok := info.TypeOf(ix.X).Underlying().(*types.Map)
		if !ok || !types.IsInterface(m.Key()) || hashableStatically(info.TypeOf(ix.Index)) {
			return true // a key of a type that holds no interface hashes
		}
		stored := false
		switch p := stack[len(stack)-2].(type) {
		case *ast.AssignStmt:
			stored = len(p.Lhs) == 1 && p.Lhs[0] == ix && p.Tok != token.DEFINE
		case *ast.IncDecStmt:
			stored = p.X == ix
		}
		if stored {
			w.checkBefore(ix.Index, ix.Pos(), stack, checked, guard, true)
		}
		return true
	})
}
