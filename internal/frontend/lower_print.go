package frontend

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
)

// The built-in functions print and println.
//
// Go's print and println write to standard error in the runtime's own
// format, not fmt's: a pointer, map, channel or function is its address
// (0x0 when nil), a slice is [len/cap] and the address of its array, an
// interface is the pair of its type and data words ((0x0,0x0) when nil),
// and a String or Error method is never called. The rewriter sends the
// calls to the helpers Print and Println, which format each operand by its
// kind as the runtime does (runtimePrint); what the helpers cannot see is
// an operand's static type, so this pass marks the operands of interface
// type, whose value alone would print as the value inside:
//
//	println(p, err)  ->  __repl.Println(p, __repl.PrintIface(err))
//
// lowerPrint marks the interface-typed operands of print and println.
func (w *rewriter) lowerPrint(in *inspector.Inspector) {
	info := w.info()
	in.Preorder([]ast.Node{(*ast.CallExpr)(nil)}, func(n ast.Node) {
		call := n.(*ast.CallExpr)
		id, ok := ast.Unparen(call.Fun).(*ast.Ident)
		if !ok {
			return
		}
		b, ok := info.Uses[id].(*types.Builtin)
		if !ok || b.Name() != "print" && b.Name() != "println" {
			return
		}
		for _, a := range call.Args {
			t := info.TypeOf(a)
			if t == nil {
				continue
			}
			if _, isParam := t.(*types.TypeParam); isParam || !types.IsInterface(t) {
				continue
			}
			w.wrapArg(a, HelperPkg+".PrintIface(", -5)
			w.add(w.offset(a.End()), w.offset(a.End()), ")", 5)
		}
	})
}
