package repl

import (
	"fmt"
	"go/ast"
	"go/types"
)

// Comma-ok assertions of a value held in an interface with methods.
//
// The front end writes v, ok := x.(T) as a call of a literal that tests a
// nil x first (see rewriter.commaOK), taking x as an any. yaegi v0.16.1
// cannot convert a value of an interface with methods to any and assert
// it again to another interface: var r Reader = rc; r.(Closer) panicked
// ("reflect.Set: value of type interface {} is not assignable to type
// interp.valueInterface"), where the assertion on r itself is right. With
// the types in hand the literal takes x as its own interface type:
//
//	c, ok := r.(Closer)  ->  c, ok := func(__x Reader) (Closer, bool) { ...; __v, __ok := __x.(Closer); ... }(r)

// lowerIfaceAssert rewrites the comma-ok assertion x when x's type is an
// interface with methods, and reports whether it did.
func (w *rewriter) lowerIfaceAssert(x *ast.TypeAssertExpr) bool {
	info := w.info()
	if info == nil || x.Type == nil {
		return false
	}
	xt := info.TypeOf(x.X)
	if xt == nil || isTypeParam(xt) {
		return false
	}
	if it, ok := xt.Underlying().(*types.Interface); !ok || it.NumMethods() == 0 {
		return false
	}
	param, ok := w.typeSource(xt, x.Pos())
	if !ok {
		return false
	}
	typ := w.text(x.Type)
	w.vacate(x, fmt.Sprintf("func(__x %s) (%s, bool) { if __x == nil { var __z %s; return __z, false }; __v, __ok := __x.(%s); return __v, __ok }(%s)", param, typ, typ, typ, w.moved(x.X)))
	return true
}
