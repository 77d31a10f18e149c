package frontend

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
)

// Lowering: explicit conversions to an interface with methods.
//
// yaegi v0.16.1 makes the value of a conversion I(x), x of a concrete
// type, without the interface: a method called on it panicked
// (Speaker(d).Speak(): "invalid interface value {a}"; fmt.Stringer(n) of
// a named int: "reflect: call of reflect.Value.NumField on int Value"),
// and fmt printed the value without its methods (fmt.Println(Speaker(d))
// printed {a} where Go calls String). An assignment to a variable or an
// element of the interface's type makes the value right, so the
// conversion makes x an element of a slice of the interface (passed to a
// parameter of the interface's type and returned, the value was right
// but for the generic standard library's stand-ins, which took it for
// another: slices.Index(shapes, Shape(Sq{3})) was -1):
//
//	Speaker(d).Speak()  ->  ([]Speaker{d}[0]).Speak()
//
// Conversions to error are the error boxing's (lower_errbox.go).

// lowerIfaceConversions rewrites the conversions described above.
func (w *rewriter) lowerIfaceConversions(in *inspector.Inspector) {
	info := w.info()
	w.typeConversions(in, func(call *ast.CallExpr, to types.Type) {
		iface, ok := to.Underlying().(*types.Interface)
		if !ok || iface.NumMethods() == 0 || hasTypeParam(to) || types.Identical(to, errorType0) {
			return
		}
		if at, ok := info.Types[call.Args[0]]; !ok || at.IsNil() || at.Type == nil || types.IsInterface(at.Type) {
			return
		}
		typ, ok := w.typeSource(to, call.Pos())
		if !ok {
			return
		}
		// The type goes (after what wraps the conversion); the slice
		// goes around what wraps the operand.
		w.add(w.offset(call.Fun.Pos()), w.offset(call.Fun.End()), "", 50)
		w.wrapArg(call.Args[0], "[]"+typ+"{", -100)
		end := w.offset(call.Args[0].End())
		w.add(end, end, "}[0]", 100)
	})
}
