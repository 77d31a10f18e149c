package frontend

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
)

// Functions of the standard library whose answer, called from interpreted
// code, is about the interpreter rather than the program.
//
// runtime.Caller, runtime.Callers (and the runtime.CallersFrames and
// runtime.FuncForPC that read its program counters) and the stack traces
// of runtime.Stack, runtime/debug.Stack and debug.PrintStack walk the
// goroutine's real stack, which is yaegi's: runtime.Caller(1) names a file
// of the reflect package, a function's name is reflect.Value.Call, a stack
// trace lists interp.runCfg frames. A program that computes with them
// would go on silently with a wrong answer, so the check refuses them,
// naming the function and its position. The session's own reports (a
// panic's position, :where, :tasks) give positions in the user's code.
var interpreterStack = map[string]map[string]bool{
	"runtime":       {"Caller": true, "Callers": true, "CallersFrames": true, "FuncForPC": true, "Stack": true},
	"runtime/debug": {"Stack": true, "PrintStack": true},
}

// interpreterMemory are the functions that measure the process's memory:
// called from interpreted code they measure the interpreter's, which
// allocates for the program's every step and keeps a function's variables
// alive until it returns (where Go frees what is no longer used), so a
// program that checks it freed what it dropped, or did not allocate in a
// loop, found "leaks" of many megabytes that Go's program does not have
// (Go's test/fixedbugs/issue15277.go, issue9110.go); testing.AllocsPerRun,
// which counts the allocations of a call with it, found 7 where Go's
// compiled program makes 1 (fixedbugs/issue4618.go). They are refused too.
var interpreterMemory = map[string]map[string]bool{
	"runtime": {"ReadMemStats": true},
	"testing": {"AllocsPerRun": true},
}

// lowerNumGoroutine writes runtime.NumGoroutine as the session's count,
// which leaves out the shell's goroutines (the event loop's, the
// watchdog's...): a script started with five, where Go's program has
// one, and a check for leaked goroutines found leaks.
//
//	runtime.NumGoroutine()  ->  __repl.NumGoroutine()
func (w *rewriter) lowerNumGoroutine(in *inspector.Inspector) {
	info := w.info()
	if info == nil {
		return
	}
	in.Preorder([]ast.Node{(*ast.SelectorExpr)(nil)}, func(n ast.Node) {
		sel := n.(*ast.SelectorExpr)
		fn, ok := info.Uses[sel.Sel].(*types.Func)
		if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "runtime" || fn.Name() != "NumGoroutine" {
			return
		}
		w.add(w.offset(sel.Pos()), w.offset(sel.End()), HelperPkg+".NumGoroutine", 0)
	})
}

// refuseInterpreterStack returns an error naming the first use of a
// function of interpreterStack or interpreterMemory, if there is one.
func (w *rewriter) refuseInterpreterStack(in *inspector.Inspector) error {
	info := w.info()
	var err error
	in.Preorder([]ast.Node{(*ast.SelectorExpr)(nil)}, func(n ast.Node) {
		if err != nil {
			return
		}
		sel := n.(*ast.SelectorExpr)
		fn, ok := info.Uses[sel.Sel].(*types.Func)
		if !ok || fn.Pkg() == nil {
			return
		}
		if sig, ok := fn.Type().(*types.Signature); !ok || sig.Recv() != nil {
			return
		}
		switch {
		case interpreterStack[fn.Pkg().Path()][fn.Name()]:
			err = &Error{Pos: w.src.Position(w.offset(sel.Pos())), Msg: w.text(sel) + ": called from interpreted code it would report the frames of the interpreter (reflect, interp), not of this program"}
		case interpreterMemory[fn.Pkg().Path()][fn.Name()]:
			err = &Error{Pos: w.src.Position(w.offset(sel.Pos())), Msg: w.text(sel) + ": called from interpreted code it would measure the interpreter's memory, " +
				"which keeps a function's variables alive until it returns, not this program's (measure the compiled program)"}
		}
	})
	if err != nil {
		return err
	}
	// The log package's file flags and slog's AddSource call
	// runtime.Caller for the program: from interpreted code they named
	// reflect/value.go:586. (AddSource: false, which says what leaving
	// it out says, is let through.)
	off := map[*ast.Ident]bool{}
	in.Preorder([]ast.Node{(*ast.KeyValueExpr)(nil)}, func(n ast.Node) {
		kv := n.(*ast.KeyValueExpr)
		if id, ok := kv.Key.(*ast.Ident); ok {
			if v := info.Types[kv.Value].Value; v != nil && v.Kind() == constant.Bool && !constant.BoolVal(v) {
				off[id] = true
			}
		}
	})
	in.Preorder([]ast.Node{(*ast.Ident)(nil)}, func(n ast.Node) {
		id := n.(*ast.Ident)
		obj := info.Uses[id]
		if err != nil || obj == nil || obj.Pkg() == nil || !interpreterSource[obj.Pkg().Path()][obj.Name()] || off[id] {
			return
		}
		if v, isVar := obj.(*types.Var); isVar && !v.IsField() {
			return
		}
		name := obj.Pkg().Name() + "." + obj.Name()
		if v, isVar := obj.(*types.Var); isVar && v.IsField() {
			name = obj.Pkg().Name() + ".HandlerOptions." + obj.Name()
		}
		err = &Error{Pos: w.src.Position(w.offset(id.Pos())), Msg: name +
			": the log package would name the interpreter's frames (reflect/value.go:586) where the program's file and line go, not this program's; leave it out (the shell's own reports of panics and :where name lines of yours)"}
	})
	return err
}

// interpreterSource are the log flags and slog's option that write the
// caller's file and line, which runtime.Caller gives (see
// interpreterStack): the constants, and the field of HandlerOptions.
var interpreterSource = map[string]map[string]bool{
	"log":      {"Lshortfile": true, "Llongfile": true},
	"log/slog": {"AddSource": true},
}

// refuseGenericIfaceAssert refuses a type assertion or type switch case to
// an interface whose methods mention a type parameter (case interface{
// foo() T }: in f[int], a myint with foo() int is one). yaegi v0.16.1
// checks such a case against the interface as written once, not as each
// instance has it, and answered wrongly (Go's test/typeparam/
// typeswitch5.go printed other where Go prints fooer 6). So is one to an
// instance of a generic interface of the program's whose methods mention
// its type parameters (x.(Getter[int]) with type Getter[T any]
// interface{ Get() T }): yaegi v0.16.1 ignores the type arguments, and a
// Box[float64] with Get() float64 passed as a Getter[int]. And so is one
// to an instance of a compiled generic type (x.(iter.Seq[int])), which
// yaegi v0.16.1 builds as its underlying type, the name lost: it panicked
// inside on the assertion, and said "undefined: iter" of the case.
func (w *rewriter) refuseGenericIfaceAssert(in *inspector.Inspector) error {
	info := w.info()
	var err error
	check := func(e ast.Expr, what string) {
		t := info.TypeOf(e)
		if err != nil || t == nil {
			return
		}
		if !types.IsInterface(t) && compiledInstance(t, 0) {
			err = &Error{Pos: w.src.Position(w.offset(e.Pos())), Msg: fmt.Sprintf(
				"%s %s, an instance of a compiled generic type: the interpreter builds it as its underlying type (%s), and cannot tell them apart; assert to an interface, or keep the value in a variable of its type",
				what, w.text(e), types.TypeString(t.Underlying(), TypeQualifier))}
			return
		}
		iface, ok := t.Underlying().(*types.Interface)
		if !ok || iface.NumMethods() == 0 {
			return
		}
		if n, isNamed := types.Unalias(t).(*types.Named); isNamed && isProgramInstance(n) && !mentionsTypeParam(iface) {
			if origin, ok := n.Origin().Underlying().(*types.Interface); ok && mentionsTypeParam(origin) {
				err = &Error{Pos: w.src.Position(w.offset(e.Pos())), Msg: what + " " + w.text(e) +
					": an instance of a generic interface whose methods mention its type parameters, which the interpreter checks without the type arguments (a value whose methods return a float64 would pass as one whose methods return an int); " +
					"assert to the concrete type, or to an interface declared without type parameters"}
				return
			}
		}
		if !mentionsTypeParam(iface) {
			return
		}
		err = &Error{Pos: w.src.Position(w.offset(e.Pos())), Msg: what + " " + w.text(e) +
			": an interface whose methods mention a type parameter, which the interpreter checks as written, not as each instance has it; " +
			"assert to an interface without type parameters in a function of its own, or call the method through a constraint"}
	}
	in.Preorder([]ast.Node{(*ast.TypeAssertExpr)(nil), (*ast.TypeSwitchStmt)(nil)}, func(n ast.Node) {
		if w.wholeSpecialised(n) {
			return // only its copies run (lower_specialise.go)
		}
		switch n := n.(type) {
		case *ast.TypeAssertExpr:
			if n.Type != nil {
				check(n.Type, "type assertion to")
			}
		case *ast.TypeSwitchStmt:
			for _, cc := range n.Body.List {
				for _, e := range cc.(*ast.CaseClause).List {
					check(e, "type switch case")
				}
			}
		}
	})
	return err
}

// mentionsTypeParam reports whether a method of iface mentions a type
// parameter in its signature.
func mentionsTypeParam(iface *types.Interface) bool {
	for m := range iface.Methods() {
		if !walkTypeParts(m.Type(), map[types.Type]bool{}, func(t types.Type) bool {
			_, isParam := t.(*types.TypeParam)
			return !isParam
		}) {
			return true
		}
	}
	return false
}
