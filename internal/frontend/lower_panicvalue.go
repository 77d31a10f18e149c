package frontend

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
)

// Lowering: a panic with a value of the program's error types.
//
// panic takes an any, and yaegi v0.16.1 hands a value of an interpreted
// type converted to any over as a plain struct, without its methods: after
// panic(E{7}), recover().(error) was false (and a panic nobody recovered
// printed the struct rather than its Error method's text). Where the type
// checker sees panic's argument is of a type of the program's that
// implements error, the argument is converted to error as
// lower_typednil.go and lower_errbox.go convert one (a boxed value, a
// typed nil; a pointer such as &E{} too), so the recovered value is an error, and an assertion to the
// type (r.(E), a type switch's case E) takes the value back out of the
// box:
//
//	panic(E{7})  ->  panic(func(__b E) error { return __repl.BoxError(__b, "main.E", ...) }(E{7}))

// lowerPanicValues converts the panic values described above.
func (w *rewriter) lowerPanicValues(in *inspector.Inspector) {
	info := w.info()
	in.Preorder([]ast.Node{(*ast.CallExpr)(nil)}, func(n ast.Node) {
		call := n.(*ast.CallExpr)
		if len(call.Args) != 1 {
			return
		}
		id, ok := ast.Unparen(call.Fun).(*ast.Ident)
		if !ok {
			return
		}
		if b, ok := info.Uses[id].(*types.Builtin); !ok || b.Name() != "panic" {
			return
		}
		if a := call.Args[0]; typedNilType(info.TypeOf(a)) && expressible(info.TypeOf(a)) {
			w.typedNilWrap(a, info.TypeOf(a)) // &E{} too: never nil, but to be an error
		} else {
			w.wrapAsError(a, errorType0)
		}
	})
}

// Lowering: where a panic is, and its value's text.
//
// A panic nobody recovers ends the program, which prints its value as Go's
// runtime does: a String method's text, a named basic type's value as a
// conversion (main.Plain(3)), any other type's name and the address the
// interface holds ((main.S) 0xc000012345). The interpreter hands the
// value of a type of the program's over as its representation, without
// its name or its methods (panic(Level(2)) printed 2 for HIGH). Each
// panic call notes its position for the report; where the argument's
// static type is a type of the program's (not an interface, not an error:
// lowerPanicValues boxes those), the call also notes the type's name, and
// its String method where it has one:
//
//	panic(Level(2))  ->  panic(func(__v Level) any { return __repl.PanicAtHeld("f.go:9:2", "main.Level", func() string { return __v.String() }, __v, func() { __repl_panicked = __v }) }(Level(2)))
//	panic(Plain(3))  ->  panic(func(__v Plain) any { return __repl.PanicAtHeld("f.go:9:2", "main.Plain", nil, __v, func() { __repl_panicked = __v }) }(Plain(3)))
//	panic(r)         ->  panic(func(__v any) any { return __repl.PanicAtHeld("f.go:9:2", "", nil, __v, func() { __repl_panicked = __v }) }(r))
//	panic(v)         ->  panic(func(__v T) any { return __repl.PanicAtHeld("f.go:9:2", "", nil, __v, func() { __repl_panicked = __v }) }(v))   (v of a type parameter T)
//	panic("boom")    ->  panic(__repl.PanicAt("f.go:9:2", "boom"))
//
// A value of the program's held in an interface is printed from its
// representation, unless it is the value of the panic a deferred call
// recovered (panic(r)), which keeps what the first call knew.
//
// recover() gives the value the interpreter panicked with, which for a
// type of the program's that is not a struct is its representation too
// (panic(Level(1)) recovered printed 1, not HIGH, and r.(Level) took an
// int for a Level). The call above also stores the value as interpreted
// code holds it in an any, with its type, in a variable of the session's
// prelude (PanicDecls), and a recover call takes it from there when it
// gives the value of that panic call:
//
//	recover()  ->  func(__r any) any { __repl.RecoveredHeld(__r, func() { __r = __repl_panicked }); return __r }(__repl.Recovered(recover()))

// notePanic lowers call, a call of panic with one argument, as described
// above.
func (w *rewriter) notePanic(call *ast.CallExpr) {
	a := call.Args[0]
	pos := w.src.Position(w.offset(call.Pos()))
	end := w.offset(a.End())
	var t types.Type
	if info := w.info(); info != nil {
		t = info.TypeOf(a)
	}
	held := func(typ, str string) {
		store := panickedName + " = __v"
		if w.panickedInInit(call.Pos()) {
			store = panickedSet + "(__v)"
		}
		w.wrapArg(a, fmt.Sprintf("func(__v %s) any { return %s.PanicAtHeld(%q, %q, %s, __v, func() { %s }) }(", w.argTypeSource(t, a.Pos()), HelperPkg, pos, typ, str, store), -5)
	}
	switch {
	case t != nil && types.IsInterface(t) && !hasTypeParam(t) && expressible(t):
		held("", "nil") // panic(r) again, panic(v) of a Level held in an any
	case t != nil && isTypeParam(t):
		// panic(v) of a T: its instance's type, which the interpreter
		// handed over bare (a Code recovered as its int).
		held("", "nil")
	case t == nil || types.IsInterface(t) || hasTypeParam(t) || types.Implements(t, errorType) || len(mainNames(t)) == 0:
		w.wrapArg(a, fmt.Sprintf("%s.PanicAt(%q, ", HelperPkg, pos), -5)
	case expressible(t):
		str := "nil"
		if implements(t, "fmt", "Stringer") {
			str = "func() string { return __v.String() }"
		}
		held(reflectString(t), str)
	default:
		w.wrapArg(a, fmt.Sprintf("%s.PanicAtShown(%q, %q, nil, ", HelperPkg, pos, reflectString(t)), -5)
	}
	w.add(end, end, ")", 5)
}

// panickedName is the prelude's variable the panic calls above store
// their value in.
const panickedName = "__repl_panicked"

// PanicDecls declares it; the session's prelude holds it.
const PanicDecls = "var " + panickedName + " any\n"

// panickedSet and panickedGet are functions a file declares to store
// and read it in the value of a package-level variable: the interpreter
// counts a package variable used there, even in a function literal, as
// one the declaration waits for, and the prelude's is never initialised
// in the file: it refused the file ("variable definition loop"; var h =
// func() { ... recover() ... }). (Functions of the prelude would not do:
// the interpreter's functions compiled before the file read the prelude's
// variables as they were then.)
const (
	panickedSet       = "__repl_setPanicked"
	panickedGet       = "__repl_getPanicked"
	panickedInitDecls = "func " + panickedSet + "(v any) { " + panickedName + " = v }\n" +
		"func " + panickedGet + "() any { return " + panickedName + " }\n"
)

// panickedInInit reports whether the panic or recover call at pos goes
// through panickedSet and panickedGet (see above), and notes that the
// file declares them.
func (w *rewriter) panickedInInit(pos token.Pos) bool {
	if w.mode != ModeScript && w.mode != ModeLoad || !w.inVarInit(pos) {
		return false
	}
	w.usesPanickedInit = true
	return true
}

// recoveredHeld is the function of a recover call's lowering (see above)
// that takes the value from panickedName; recoveredHeldInit is it in a
// package-level variable's value.
const (
	recoveredHeld     = "func(__r any) any { " + HelperPkg + ".RecoveredHeld(__r, func() { __r = " + panickedName + " }); return __r }"
	recoveredHeldInit = "func(__r any) any { " + HelperPkg + ".RecoveredHeld(__r, func() { __r = " + panickedGet + "() }); return __r }"
)
