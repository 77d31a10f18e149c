// Package dropped finds the calls whose error result a piece of Go code
// throws away, for the lint that asks for loop.Await's error (package
// loopvet, with type information) and for the shell's warning at the prompt
// (syntax only). Which calls count is the caller's choice; this package
// knows the ways of dropping a result:
//
//	loop.Await(x)              // a call as a statement
//	go loop.Await(x)           // in a go or defer statement
//	v, _ := loop.Await(x)      // the last result (the error) assigned to _
//	_, _ = loop.Await(x)
//	var v, _ = loop.Await(x)
//
// A call whose results are passed on (return loop.Await(x),
// f(loop.Await(x))) or assigned to variables is not a drop, even if a
// variable is never read afterwards: the compiler's "declared and not used"
// and go vet catch most of those.
package dropped

import (
	"go/ast"
	"go/token"
)

// AwaitWhy says why loop.Await's error matters, for the lint's messages;
// AwaitWhyShort is the shell's, said at the prompt.
const (
	AwaitWhyShort = "a task that drops it swallows its cancellation (asyncio's CancelledError) and runs on"
	AwaitWhy      = AwaitWhyShort + `, as asyncio's wait_for example translated so prints "yay!" instead of "timeout!"`
)

// Message is the diagnostic for a call of name ("loop.Await",
// "(*loop.Future).Result") whose error is dropped how (a Drop's How), why
// saying what the error carries.
func Message(name, how, why string) string {
	return name + "'s error dropped " + how + ": " + why + "; check the error and return it"
}

// A Drop is a call whose error result the code drops.
type Drop struct {
	Call *ast.CallExpr
	// How says how: "as a statement", "in a go statement", "in a defer
	// statement" or "to _".
	How string
}

// Find calls report, in source order, for each call under root that
// checked accepts and whose last result (its error) the code drops.
func Find(root ast.Node, checked func(*ast.CallExpr) bool, report func(Drop)) {
	call := func(x ast.Expr) *ast.CallExpr {
		c, ok := ast.Unparen(x).(*ast.CallExpr)
		if ok && checked(c) {
			return c
		}
		return nil
	}
	blankLast := func(lhs []*ast.Ident) bool {
		return len(lhs) > 1 && lhs[len(lhs)-1].Name == "_"
	}
	ast.Inspect(root, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.ExprStmt:
			if c := call(n.X); c != nil {
				report(Drop{c, "as a statement"})
			}
		case *ast.GoStmt:
			if c := call(n.Call); c != nil {
				report(Drop{c, "in a go statement"})
			}
		case *ast.DeferStmt:
			if c := call(n.Call); c != nil {
				report(Drop{c, "in a defer statement"})
			}
		case *ast.AssignStmt:
			if len(n.Rhs) != 1 || n.Tok != token.DEFINE && n.Tok != token.ASSIGN {
				break
			}
			var lhs []*ast.Ident
			for _, x := range n.Lhs {
				id, _ := ast.Unparen(x).(*ast.Ident)
				if id == nil {
					id = &ast.Ident{} // a field or an index: not blank
				}
				lhs = append(lhs, id)
			}
			if c := call(n.Rhs[0]); c != nil && blankLast(lhs) {
				report(Drop{c, "to _"})
			}
		case *ast.ValueSpec:
			if len(n.Values) == 1 && blankLast(n.Names) {
				if c := call(n.Values[0]); c != nil {
					report(Drop{c, "to _"})
				}
			}
		}
		return true
	})
}
