// Package loopvet holds go/analysis analyzers for code that uses the loop
// package, asyncrepl's asyncio for Go. Run them with go vet
// (go build -o bin/ github.com/asyncrepl/asyncrepl/cmd/loopvet, then
// go vet -vettool=$PWD/bin/loopvet ./...), with asyncrepl vet [packages or
// files], or from a driver of your own (Analyzers).
//
// # awaiterr: a dropped loop.Await error
//
// In asyncio, cancelling a task raises CancelledError at the await it is
// suspended in, and the task ends unless it catches the exception. In the
// loop package cancellation is an error: loop.Await returns
// loop.ErrCancelled, and a task that drops that error swallows its
// cancellation and runs on. asyncio's wait_for example, translated with the
// error dropped,
//
//	func eternity() *loop.Coroutine {
//		return loop.Async(func() {
//			loop.Await(loop.Sleep(time.Hour)) // reported
//			fmt.Println("yay!")
//		})
//	}
//
// prints "yay!" where asyncio prints "timeout!": WaitFor cancels eternity
// at its deadline, eternity carries on, and WaitFor returns its result as
// if in time. The fix is to check the error and return it:
//
//	if _, err := loop.Await(loop.Sleep(time.Hour)); err != nil {
//		return err
//	}
//
// The analyzer reports a call whose error the code drops: the call as a
// statement, in a go or defer statement, or with its error assigned to _
// (v, _ := loop.Await(x), _, _ = loop.Await(x), var v, _ = ...). It checks
// the calls of the loop package whose error carries the cancellation, or the
// error, of what they waited for:
//
//   - loop.Await
//   - loop.Run
//   - (*loop.Loop).RunUntilComplete, an Await when called from a task
//   - (*loop.Future).Result, for a Task too: the future's exception or its
//     cancellation, counted as retrieved once read, so that nothing reports
//     it afterwards either
//   - (*loop.ConcurrentFuture).Result, ResultTimeout and ResultContext
//
// It leaves alone (*loop.Loop).RunForever, whose error says the loop was
// closed or already running and is dropped by most programs that call it
// last in main; (*loop.Future).Exception, which returns the error itself
// and is called as a statement to mark it retrieved; and the functions that
// return a coroutine to await (Sleep, WaitFor, Gather, Lock.Acquire, ...),
// whose error comes through Await. The loop package's own code and tests
// are not checked.
//
// The callee is found with type information: loop.Await under another
// import name, dot-imported, reached through a method expression
// ((*loop.Future).Result(f)) or through a variable set once to the function
// or a method value (await := loop.Await; await(x)) is reported, and a
// function of another package, or a method, that is also called Await is
// not.
package loopvet

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/asyncrepl/asyncrepl/internal/dropped"
)

// LoopPath is the import path of the loop package the analyzers know.
const LoopPath = "github.com/asyncrepl/asyncrepl/loop"

// Analyzers are the analyzers of this package, for a driver that runs
// them all (unitchecker.Main(loopvet.Analyzers...)).
var Analyzers = []*analysis.Analyzer{AwaitErr}

// AwaitErr reports a dropped loop.Await error, and the same for the loop
// package's other calls whose error carries a cancellation (see the
// package documentation).
var AwaitErr = &analysis.Analyzer{
	Name:     "awaiterr",
	Doc:      "report a dropped loop.Await error: a task that drops it swallows its cancellation\n\n" + awaitErrDoc,
	URL:      "https://pkg.go.dev/github.com/asyncrepl/asyncrepl/loopvet",
	Requires: []*analysis.Analyzer{inspect.Analyzer},
	Run:      runAwaitErr,
}

const awaitErrDoc = `The calls checked are loop.Await, loop.Run, (*loop.Loop).RunUntilComplete,
(*loop.Future).Result (a Task's too) and (*loop.ConcurrentFuture).Result,
ResultTimeout and ResultContext. Each is reported when its error is dropped:
the call as a statement, in a go or defer statement, or with the error
assigned to _. When a task is cancelled, loop.Await returns loop.ErrCancelled
(asyncio's CancelledError); a task that drops it goes on running as if nothing
happened. Check the error and return it.`

// checkedFuncs are the functions AwaitErr checks, by funcKey, each with why
// its error matters.
var checkedFuncs = map[string]string{
	"Await":                          awaitWhy,
	"Run":                            "it is the coroutine's error, or its cancellation",
	"Loop.RunUntilComplete":          "it is the error or the cancellation of what it ran (called from a task, it is an Await's)",
	"Future.Result":                  "it is the future's exception, or loop.ErrCancelled if it was cancelled, and reading it counts as retrieving it: nothing reports it afterwards",
	"ConcurrentFuture.Result":        concurrentWhy,
	"ConcurrentFuture.ResultTimeout": concurrentWhy,
	"ConcurrentFuture.ResultContext": concurrentWhy,
}

const (
	awaitWhy      = dropped.AwaitWhy
	concurrentWhy = "it is the task's error, or its cancellation"
)

// funcKey names a function of the loop package: "Await", "Future.Result";
// "" for anything else.
func funcKey(fn *types.Func) string {
	if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != LoopPath {
		return ""
	}
	sig := fn.Type().(*types.Signature)
	if sig.Recv() == nil {
		return fn.Name()
	}
	t := sig.Recv().Type()
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	if n, ok := t.(*types.Named); ok {
		return n.Obj().Name() + "." + fn.Name()
	}
	return ""
}

func runAwaitErr(pass *analysis.Pass) (any, error) {
	if path := pass.Pkg.Path(); path == LoopPath || path == LoopPath+"_test" {
		return nil, nil // the package's own code, and tests of what a dropped error does
	}
	ins := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	aliases := funcVars(pass, ins)
	callee := func(call *ast.CallExpr) *types.Func {
		switch obj := typeutil.Callee(pass.TypesInfo, call).(type) {
		case *types.Func:
			return obj
		case *types.Var:
			return aliases[obj]
		}
		return nil
	}
	checked := func(call *ast.CallExpr) bool { return checkedFuncs[funcKey(callee(call))] != "" }
	for _, f := range pass.Files {
		dropped.Find(f, checked, func(d dropped.Drop) {
			fn := callee(d.Call)
			key := funcKey(fn)
			name := "loop." + key
			if sig := fn.Type().(*types.Signature); sig.Recv() != nil {
				name = "(*loop." + key[:len(key)-len(fn.Name())-1] + ")." + fn.Name()
			}
			pass.Report(analysis.Diagnostic{Pos: d.Call.Pos(), End: d.Call.End(), Message: dropped.Message(name, d.How, checkedFuncs[key])})
		})
	}
	return nil, nil
}

// funcVars returns the variables of the package set once, and only once,
// to a checked function or method value (await := loop.Await, r :=
// fut.Result) and never assigned again nor had their address taken: a
// call of one is a call of that function.
func funcVars(pass *analysis.Pass, ins *inspector.Inspector) map[*types.Var]*types.Func {
	info := pass.TypesInfo
	set := map[*types.Var]*types.Func{}
	writes := map[*types.Var]int{}
	varOf := func(x ast.Expr) *types.Var {
		id, ok := ast.Unparen(x).(*ast.Ident)
		if !ok {
			return nil
		}
		v, _ := info.ObjectOf(id).(*types.Var)
		return v
	}
	funcOf := func(x ast.Expr) *types.Func {
		var obj types.Object
		switch x := ast.Unparen(x).(type) {
		case *ast.Ident:
			obj = info.Uses[x]
		case *ast.SelectorExpr:
			if sel, ok := info.Selections[x]; ok {
				obj = sel.Obj()
			} else {
				obj = info.Uses[x.Sel]
			}
		}
		fn, _ := obj.(*types.Func)
		if checkedFuncs[funcKey(fn)] == "" {
			return nil
		}
		return fn
	}
	assign := func(lhs, rhs []ast.Expr) {
		for i, l := range lhs {
			v := varOf(l)
			if v == nil {
				continue
			}
			writes[v]++
			if len(lhs) == len(rhs) {
				if fn := funcOf(rhs[i]); fn != nil {
					set[v] = fn
				}
			}
		}
	}
	filter := []ast.Node{(*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil), (*ast.IncDecStmt)(nil), (*ast.UnaryExpr)(nil), (*ast.RangeStmt)(nil)}
	ins.Preorder(filter, func(n ast.Node) {
		switch n := n.(type) {
		case *ast.AssignStmt:
			assign(n.Lhs, n.Rhs)
		case *ast.ValueSpec:
			lhs := make([]ast.Expr, len(n.Names))
			for i, id := range n.Names {
				lhs[i] = id
			}
			assign(lhs, n.Values)
		case *ast.IncDecStmt:
			assign([]ast.Expr{n.X}, nil)
		case *ast.RangeStmt:
			if n.Tok == token.ASSIGN {
				assign([]ast.Expr{n.Key, n.Value}, nil)
			}
		case *ast.UnaryExpr:
			if n.Op == token.AND {
				assign([]ast.Expr{n.X}, nil)
			}
		}
	})
	for v := range set {
		if writes[v] != 1 {
			delete(set, v)
		}
	}
	return set
}
