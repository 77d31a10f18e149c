package frontend

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
)

// Refused: a panic in a deferred function that a function deferred before
// it, in the same function, would recover.
//
// yaegi v0.16.1 does not hand a panic raised by a deferred function to the
// functions deferred before it in the same function: the recover() in
//
//	defer func() { s = fmt.Sprint(recover()) }()
//	defer func() { panic("from defer") }()
//
// never sees it, and the panic ends the program (across functions it
// works: the caller's deferred functions recover it). Where a deferred
// function literal calls panic and one deferred before it in the same
// function calls recover, the function is refused before it runs, with the
// way around: recover in a function that calls this one. (A run-time
// panic in a deferred function cannot be seen before it runs; it ends the
// program, loudly.)

// refuseDeferPanics returns the error described above, or nil.
func (w *rewriter) refuseDeferPanics(in *inspector.Inspector) error {
	info := w.info()
	var err error
	calls := func(body *ast.BlockStmt, name string) bool {
		found := false
		ast.Inspect(body, func(n ast.Node) bool {
			if found {
				return false
			}
			switch n := n.(type) {
			case *ast.FuncLit:
				return false
			case *ast.CallExpr:
				if id, ok := ast.Unparen(n.Fun).(*ast.Ident); ok {
					if b, ok := info.Uses[id].(*types.Builtin); ok && b.Name() == name {
						found = true
					}
				}
			}
			return true
		})
		return found
	}
	in.Preorder([]ast.Node{(*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)}, func(n ast.Node) {
		if err != nil {
			return
		}
		var body *ast.BlockStmt
		switch f := n.(type) {
		case *ast.FuncDecl:
			body = f.Body
		case *ast.FuncLit:
			body = f.Body
		}
		if body == nil {
			return
		}
		recovering := false
		ast.Inspect(body, func(n ast.Node) bool {
			if err != nil {
				return false
			}
			switch n := n.(type) {
			case *ast.FuncLit:
				return false // a function of its own
			case *ast.DeferStmt:
				lit, ok := ast.Unparen(n.Call.Fun).(*ast.FuncLit)
				if !ok {
					return false
				}
				if recovering && calls(lit.Body, "panic") {
					err = &Error{Pos: w.src.Position(w.offset(n.Pos())), Msg: "a deferred function that panics, after one that recovers in the same function: the interpreter does not give the panic to the one deferred before it (the program would end); recover in a function that calls this one"}
					return false
				}
				if calls(lit.Body, "recover") {
					recovering = true
				}
				return false
			}
			return true
		})
	})
	return err
}
