package frontend

import (
	"go/ast"

	"golang.org/x/tools/go/ast/inspector"
)

// A function deferred in parentheses.
//
// yaegi v0.16.1 calls a parenthesised function literal, defer (func() {
// ... })(), as a function value, whose recover reads the panic of the
// frame that made it rather than the deferring function's: the literal's
// recover got nil, and the panic went on (see refuse_recovervalue.go);
// and a parenthesised function name, defer (f)(), stopped the program
// with a nil dereference. The parentheses go (findDeferFrames notes such
// literals, which then need no frame of their own):
//
//	defer (func() { ... })()  ->  defer func() { ... }()
//	defer (f)()               ->  defer f()
func (w *rewriter) lowerDeferParens(in *inspector.Inspector) {
	in.Preorder([]ast.Node{(*ast.DeferStmt)(nil)}, func(n ast.Node) {
		for x := n.(*ast.DeferStmt).Call.Fun; ; {
			p, ok := x.(*ast.ParenExpr)
			if !ok {
				break
			}
			w.add(w.offset(p.Lparen), w.offset(p.Lparen)+1, "", 0)
			w.add(w.offset(p.Rparen), w.offset(p.Rparen)+1, "", 0)
			x = p.X
		}
	})
}
