package frontend

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
)

// The package unsafe.
//
// The interpreter has no unsafe package: unsafe pointers in interpreted
// code could corrupt the session's memory. Its size functions are
// compile-time constants, though, which go/types computes with the
// compiler's sizes for this platform, so the pass writes them out and the
// import goes:
//
//	unsafe.Sizeof(x)        ->  uintptr(8)
//	unsafe.Offsetof(s.f)    ->  uintptr(16)
//
// Every other use of unsafe (Pointer, Add, Slice, String, StringData,
// SliceData, and the size of a value whose type has a type parameter,
// which is no constant) is refused, with its position.

// lowerUnsafe writes out the constant calls of unsafe and refuses the rest.
func (w *rewriter) lowerUnsafe(in *inspector.Inspector) error {
	info := w.info()
	var err error
	in.WithStack([]ast.Node{(*ast.SelectorExpr)(nil)}, func(n ast.Node, push bool, stack []ast.Node) bool {
		if !push || err != nil {
			return err == nil
		}
		sel := n.(*ast.SelectorExpr)
		id, ok := sel.X.(*ast.Ident)
		if !ok {
			return true
		}
		pn, ok := info.Uses[id].(*types.PkgName)
		if !ok || pn.Imported().Path() != "unsafe" {
			return true
		}
		if len(stack) >= 2 {
			if call, ok := stack[len(stack)-2].(*ast.CallExpr); ok && call.Fun == sel {
				if tv, ok := info.Types[call]; ok && tv.Value != nil {
					w.add(w.offset(call.Pos()), w.offset(call.End()), "uintptr("+tv.Value.ExactString()+")", -20)
					if w.loweredUses == nil {
						w.loweredUses = map[string]int{}
					}
					w.loweredUses["unsafe"]++
					return false
				}
			}
		}
		msg := w.text(sel) + ": the interpreter has no unsafe pointers, which could corrupt the session's memory"
		if sel.Sel.Name == "Sizeof" || sel.Sel.Name == "Alignof" || sel.Sel.Name == "Offsetof" {
			msg = w.text(sel) + " of a type that has a type parameter is no constant, and the interpreter has no unsafe package (only constant sizes are written out)"
		}
		err = &Error{Pos: w.src.Position(w.offset(sel.Pos())), Msg: msg}
		return false
	})
	return err
}
