package frontend

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
)

// Lowering: make of a channel with a direction.
//
// Go makes a send-only or receive-only channel (make(chan<- int, 1), of
// little use but valid: its len and cap work). yaegi v0.16.1 makes it with
// reflection, which panics "reflect.MakeChan: unidirectional channel type".
// The channel is made both ways and converted:
//
//	make(chan<- int, 1)  ->  (chan<- int)(make(chan (int), 1))
//	make(Out)            ->  (Out)(make(chan (int)))    (type Out <-chan int)
func (w *rewriter) lowerMakeChans(in *inspector.Inspector) {
	info := w.info()
	if info == nil {
		return
	}
	in.Preorder([]ast.Node{(*ast.CallExpr)(nil)}, func(n ast.Node) {
		call := n.(*ast.CallExpr)
		id, ok := ast.Unparen(call.Fun).(*ast.Ident)
		if !ok || len(call.Args) == 0 {
			return
		}
		if b, ok := info.Uses[id].(*types.Builtin); !ok || b.Name() != "make" {
			return
		}
		t := info.TypeOf(call.Args[0])
		ch, ok := coreType(t).(*types.Chan)
		if !ok || ch.Dir() == types.SendRecv || hasTypeParam(t) {
			return
		}
		typ, ok := w.typeSource(t, call.Pos())
		if !ok {
			return
		}
		elem, ok := w.typeSource(ch.Elem(), call.Pos())
		if !ok {
			return
		}
		w.wrapArg(call, "("+typ+")(", -5)
		w.add(w.offset(call.Args[0].Pos()), w.offset(call.Args[0].End()), "chan ("+elem+")", 0)
		end := w.offset(call.End())
		w.add(end, end, ")", 5)
	})
}
