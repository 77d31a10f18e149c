package frontend

import (
	"fmt"
	"go/ast"
	"go/types"
)

// Lowering: the run-time error of a failed one-result type assertion to a
// type of the program's.
//
// yaegi v0.16.1 panics, when v := x.(Dog) fails, with its own names of the
// types, as reflection built them:
//
//	interface conversion: interface {} is struct { Xn string; Xlives int }, not struct { Xn string }
//
// where Go says "interface conversion: main.Animal is main.Cat, not
// main.Dog": a program that recovers and prints the error printed the
// interpreter's names. The assertion becomes a function literal that
// asserts with the comma-ok form (as commaOK writes it: typed nils and the
// session's boxes of errors too) and, when that fails, panics with Go's
// runtime error, naming the dynamic type as %T does (typeNameFuncOf):
//
//	func(__x Animal) Dog { __v, __ok := func(__x Animal) (Dog, bool) {...}(__x); if !__ok { panic(__repl.ConcreteAssertionError("prog.go:9:7", ..., "main.Animal", "main.Dog")) }; return __v }(a)
func (w *rewriter) lowerConcreteAssert(e *ast.TypeAssertExpr) {
	info := w.info()
	if info == nil || e.Type == nil {
		return
	}
	t, x := info.TypeOf(e.Type), info.TypeOf(e.X)
	if t == nil || x == nil || types.IsInterface(t) || hasTypeParam(t) || hasTypeParam(x) || !types.IsInterface(x) {
		return
	}
	if _, ok := userType(t); !ok {
		w.lowerCompiledConcreteAssert(e, t, x)
		return
	}
	typ, ok := w.typeSource(t, e.Pos())
	if !ok {
		return
	}
	typ = w.instanceText(t, typ)
	param, ok := w.typeSource(x, e.Pos())
	if !ok {
		return
	}
	pos := w.src.Position(w.offset(e.Pos()))
	inner := param
	if embedsPointer(t) {
		inner = "any" // see embedsPointer
	}
	w.vacate(e, fmt.Sprintf("func(__x %s) %s { __v, __ok := func(__x %s) (%s, bool) { %sif __x == nil { var __z %s; return __z, false }; __v, __ok := __x.(%s); return __v, __ok }(__x); if !__ok { if __x == nil { panic(%s.ConcreteAssertionError(%q, \"\", %q, %q)) }; panic(%s.ConcreteAssertionError(%q, %s(__x), %q, %q)) }; return __v }(%s)",
		param, typ, inner, typ, w.typedNilAssert(t)+w.unboxAssert(t, true)+w.wrapperAssert(t, true), typ, typ,
		HelperPkg, pos, reflectString(x), reflectString(t),
		HelperPkg, pos, w.typeNameFuncOf(x, e.Pos(), false), reflectString(x), reflectString(t), w.moved(e.X)))
}

// lowerCompiledConcreteAssert is lowerConcreteAssert for an assertion to a
// type that is not the program's (x.(int), err.(*fs.PathError)) of a
// value that may be of the program's types: yaegi v0.16.1 named the
// dynamic type by its representation ("interface {} is int, not
// *strings.Builder" of a Code) or by its own boxes and wrappers
// ("*hostrt.boxedError is not *fs.PathError: missing method Timeout").
// Its comma-ok form answers right; the panic names the types as Go does.
// In a script without types of its own too: of a value that came from
// compiled code (an any loop.Await returned, an error) the interpreter
// said "*strconv.NumError is not *fs.PathError: missing method Timeout"
// (with no method at all for x.(string)), where Go says "error is
// *strconv.NumError, not *fs.PathError".
//
//	func(__x error) *fs.PathError { if __v, __ok := __x.(*fs.PathError); __ok { return __v }; panic(__repl.ConcreteAssertionError("prog.go:9:7", ..., "error", "*fs.PathError")) }(err)
func (w *rewriter) lowerCompiledConcreteAssert(e *ast.TypeAssertExpr, t, x types.Type) {
	typ, ok := w.typeSource(t, e.Pos())
	if !ok {
		return
	}
	param, ok := w.typeSource(x, e.Pos())
	if !ok {
		return
	}
	pos := w.src.Position(w.offset(e.Pos()))
	w.vacate(e, fmt.Sprintf("func(__x %s) %s { if __v, __ok := __x.(%s); __ok { return __v }; if __x == nil { panic(%s.ConcreteAssertionError(%q, \"\", %q, %q)) }; panic(%s.ConcreteAssertionError(%q, %s(__x), %q, %q)) }(%s)",
		param, typ, typ,
		HelperPkg, pos, reflectString(x), reflectString(t),
		HelperPkg, pos, w.typeNameFuncOf(x, e.Pos(), false), reflectString(x), reflectString(t), w.moved(e.X)))
}

// embedsPointer reports whether t is a struct type with an embedded
// pointer field: yaegi v0.16.1 leaves the methods promoted through it out
// of t's method set when it checks an assertion from an interface
// (n.(Scores) of a Lener, Scores embedding *Base with a Len method, was
// refused: "impossible type assertion ... pointer receiver"), so the
// operand is asserted as an any.
func embedsPointer(t types.Type) bool {
	st, ok := t.Underlying().(*types.Struct)
	if !ok {
		return false
	}
	for f := range st.Fields() {
		if _, ptr := f.Type().Underlying().(*types.Pointer); f.Embedded() && ptr {
			return true
		}
	}
	return false
}
