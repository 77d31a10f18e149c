package frontend

import (
	"fmt"
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ast/inspector"
)

// Built-in functions called with the results of a call.
//
// Go lets the results of a call be the arguments of another: copy(f(a))
// with f returning two slices, delete(h(m)), append(g()). yaegi v0.16.1
// took the call for a single argument of the built-in (copy(f(a)) copied
// the wrong way, and panicked with an index out of range). The pass passes
// the results through a function literal that names them:
//
//	copy(f(a))  ->  func(__a0 []byte, __a1 []byte) int { return copy(__a0, __a1) }(f(a))
//	delete(h(m))  ->  func(__a0 map[int]int, __a1 int) { delete(__a0, __a1) }(h(m))
//
// The pass leaves the call to the interpreter where a type cannot be named
// at the call.

// lowerBuiltinTuple rewrites the calls of built-in functions whose only
// argument is a call of several results.
func (w *rewriter) lowerBuiltinTuple(in *inspector.Inspector) {
	info := w.info()
	in.Preorder([]ast.Node{(*ast.CallExpr)(nil)}, func(n ast.Node) {
		call := n.(*ast.CallExpr)
		id, ok := ast.Unparen(call.Fun).(*ast.Ident)
		if !ok || len(call.Args) != 1 || call.Ellipsis.IsValid() {
			return
		}
		b, ok := info.Uses[id].(*types.Builtin)
		if !ok || b.Name() == "print" || b.Name() == "println" {
			return // lowerPrint's
		}
		tup, ok := info.TypeOf(call.Args[0]).(*types.Tuple)
		if !ok || tup.Len() < 2 {
			return
		}
		var params, args []string
		for i := range tup.Len() {
			t, ok := w.typeSource(tup.At(i).Type(), call.Pos())
			if !ok {
				return
			}
			params = append(params, fmt.Sprintf("__a%d %s", i, t))
			args = append(args, fmt.Sprintf("__a%d", i))
		}
		inner := b.Name() + "(" + strings.Join(args, ", ") + ")"
		head := "func(" + strings.Join(params, ", ") + ") "
		if tv, ok := info.Types[call]; ok && !tv.IsVoid() {
			t, ok := w.typeSource(tv.Type, call.Pos())
			if !ok {
				return
			}
			head += t + " { return " + inner + " }("
		} else {
			head += "{ " + inner + " }("
		}
		w.add(w.offset(call.Pos()), w.offset(call.Lparen)+1, head, -1)
	})
}
