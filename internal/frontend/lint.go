package frontend

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"github.com/asyncrepl/asyncrepl/internal/dropped"
)

// droppedAwaits warns about each call of loop.Await or loop.Run in an
// interactive input whose error the input drops (as a statement, in a go
// or defer statement, or assigned to _), in its top-level code or in the
// functions it declares: a task that drops Await's error swallows its
// cancellation and runs on, and Ctrl-C does not stop an input that drops
// it. It is asyncrepl vet's lint (package loopvet) without type
// information: the front end sees syntax, so it matches the two functions
// through the name the session imports the loop package under (loop, or
// the name of an import of it), not through a variable that holds one, and
// not the methods the lint also checks ((*Future).Result, ...). The
// input's last expression, whose values the shell prints, drops nothing.
// The input still runs: this is a warning, one for each segment of the
// input (its declarations and its statements are analysed apart), naming
// the first call and the positions of the others.
func (w *rewriter) droppedAwaits() {
	names := map[string]bool{}
	if w.fe.Imports["loop"] == "" || w.fe.Imports["loop"] == loopPath {
		names["loop"] = true
	}
	for name, path := range w.fe.Imports {
		if path == loopPath {
			names[name] = true
		}
	}
	for _, is := range w.file.Imports {
		if name, path := importSpecName(is); path == loopPath {
			names[name] = true
		}
	}
	var result ast.Expr
	if es, ok := w.resultStmt.(*ast.ExprStmt); ok {
		result = ast.Unparen(es.X)
	}
	checked := func(call *ast.CallExpr) bool {
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok || call == result || sel.Sel.Name != "Await" && sel.Sel.Name != "Run" {
			return false
		}
		pkg, ok := sel.X.(*ast.Ident)
		return ok && names[pkg.Name] && pkg.Obj == nil && w.fe.Names[pkg.Name] == nil
	}
	var first *Error
	var more []string
	dropped.Find(w.file, checked, func(d dropped.Drop) {
		pos := w.src.Position(w.offset(d.Call.Pos()))
		if first != nil {
			more = append(more, pos)
			return
		}
		name := "loop." + ast.Unparen(d.Call.Fun).(*ast.SelectorExpr).Sel.Name
		why := dropped.AwaitWhyShort
		if name == "loop.Run" {
			why = "it is the coroutine's error, or its cancellation"
		}
		first = &Error{Pos: pos, Msg: "warning: " + dropped.Message(name, d.How, why)}
	})
	if first == nil {
		return
	}
	if len(more) > 0 {
		first.Msg += " (also at " + strings.Join(more, ", ") + ")"
	}
	w.plan.Warnings = append(w.plan.Warnings, first)
}

// tinyDurations warns about a plain number below 1000 given to a loop
// function or method for a time.Duration (loop.Sleep(1), WaitFor(aw, 5),
// CallLater(2, fn)): a Duration counts nanoseconds, and asyncio's
// sleep(1) is a second, so an asyncio habit waits a nanosecond, silently.
// (0 is no wait on purpose; time.Sleep(1) is Go's own, left to go vet's
// taste.) The input still runs.
func (w *rewriter) tinyDurations() {
	info := w.info()
	if info == nil {
		return
	}
	ast.Inspect(w.file, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		fn, ok := calledFunc(info, call.Fun).(*types.Func)
		if !ok || fn.Pkg() == nil || fn.Pkg().Path() != loopPath {
			return true
		}
		sig := fn.Signature()
		for i, a := range call.Args {
			lit, ok := ast.Unparen(a).(*ast.BasicLit)
			p := paramType(sig, i, call.Ellipsis.IsValid())
			if !ok || lit.Kind != token.INT || p == nil || types.TypeString(p, nil) != "time.Duration" {
				continue
			}
			v, exact := constant.Int64Val(info.Types[a].Value)
			if !exact || v < 1 || v >= 1000 {
				continue
			}
			name := "loop." + fn.Name()
			if sig.Recv() != nil {
				name = fn.Name()
			}
			w.plan.Warnings = append(w.plan.Warnings, &Error{Pos: w.src.Position(w.offset(a.Pos())), Msg: fmt.Sprintf(
				"warning: %d as %s's time.Duration is %dns (a Duration counts nanoseconds, where asyncio counts seconds); write %d * time.Second, or time.Millisecond, for that", v, name, v, v)})
		}
		return true
	})
}
