package frontend

import (
	"fmt"
	"go/ast"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ast/inspector"
)

// A future's or a task's text in a script, with results of the program's
// types.
//
// The String of a loop.Future or loop.Task shows its result
// (Task(<load>)<FINISHED result=User(e)>). The loop's code is compiled,
// and yaegi v0.16.1 hands it a value of the program's types as its
// representation: the result of a *User with a String method read
// result=&{e}. At the prompt the session shows such results by the methods
// its inputs register (see loop.SetResultText); a script registers none.
// So in a script whose types have a method fmt calls (String, Error,
// Format, GoString), printing a future or a task with fmt, log or its
// String method is refused, with the way around: print its result.

// refuseLoopResultTexts returns the error for the script's first print of a
// future or a task described above.
func (w *rewriter) refuseLoopResultTexts(in *inspector.Inspector) error {
	info := w.info()
	if info == nil || w.mode != ModeScript {
		return nil
	}
	// with names a type of the program's with a method fmt calls.
	with := ""
	for _, tn := range w.programTypes() {
		ms := types.NewMethodSet(types.NewPointer(tn.Type()))
		if i := slices.IndexFunc(fmtCalled, func(m string) bool { return ms.Lookup(nil, m) != nil }); i >= 0 {
			with = fmt.Sprintf("%s, with %s", tn.Name(), fmtCalled[i])
			break
		}
	}
	if with == "" {
		return nil
	}
	loopType := func(t types.Type) string {
		p, ok := types.Unalias(t).(*types.Pointer)
		if !ok {
			return ""
		}
		n, ok := types.Unalias(p.Elem()).(*types.Named)
		if !ok || n.Obj().Pkg() == nil || n.Obj().Pkg().Path() != loopPath || n.Obj().Name() != "Future" && n.Obj().Name() != "Task" {
			return ""
		}
		return "*loop." + n.Obj().Name()
	}
	var err error
	refuse := func(at ast.Node, what, typ string) {
		err = &Error{Pos: w.src.Position(w.offset(at.Pos())), Msg: fmt.Sprintf(
			"%s of a %s in a script: its text shows the result or the error, which the loop's compiled code would show without the methods fmt calls of your types (%s, would show by its fields); print its result (t.Result()) instead",
			what, typ, with)}
	}
	in.Preorder([]ast.Node{(*ast.CallExpr)(nil)}, func(n ast.Node) {
		call := n.(*ast.CallExpr)
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if err != nil || !ok {
			return
		}
		if s := info.Selections[sel]; s != nil && sel.Sel.Name == "String" && len(call.Args) == 0 {
			if typ := loopType(s.Recv()); typ != "" {
				refuse(sel.Sel, "String", typ)
			}
			return
		}
		fn, ok := info.Uses[sel.Sel].(*types.Func)
		if !ok || fn.Pkg() == nil {
			return
		}
		if _, ok := fmtPrintFuncs[fn.Pkg().Path()][fn.Name()]; !ok {
			return
		}
		for _, a := range call.Args {
			if typ := loopType(info.TypeOf(a)); typ != "" {
				refuse(a, fn.Pkg().Name()+"."+fn.Name(), typ)
				return
			}
		}
	})
	return err
}
