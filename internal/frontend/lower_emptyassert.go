package frontend

import (
	"fmt"
	"go/ast"
	"go/types"
)

// Lowering: a type assertion, or a type switch case, to an interface
// without methods.
//
// yaegi v0.16.1 answers x.(any) (also x.(interface{}) and an assertion to
// a type declared as interface{}) as false for a value whose type has no
// methods: _, ok := x.(any) with x = 6 left ok false, and a type switch
// case any missed it. Any value but nil is an any, so the pass writes the
// test of nil it means:
//
//	v, ok := x.(any)  ->  v, ok := func(__x any) (any, bool) { return __x, __x != nil }(x)
//	v := x.(any)      ->  v := func(__x any) any { if __x == nil { panic(...) }; return __x }(x)
//	case any:         ->  case __ts1 != nil:   (in the switch typeSwitch writes)
//
// A case whose type is a type parameter is left to lower_specialise.go.

// emptyAssert writes the assertion x to an interface without methods as
// above, and reports whether it did; commaOK says x is the value of a
// comma-ok form.
func (w *rewriter) emptyAssert(x *ast.TypeAssertExpr, commaOK bool) bool {
	if x.Type == nil {
		return false
	}
	t := w.typeOf(x.Type)
	if !emptyIface(t) {
		return false
	}
	typ := w.text(x.Type)
	if commaOK {
		w.vacate(x, fmt.Sprintf("func(__x any) (%s, bool) { return __x, __x != nil }(%s)", typ, w.moved(x.X)))
		return true
	}
	name := types.TypeString(t, func(p *types.Package) string { return p.Name() })
	w.vacate(x, fmt.Sprintf("func(__x any) %s { if __x == nil { panic(%s.AssertionError(__x, \"\", %q)) }; return __x }(%s)", typ, HelperPkg, name, w.moved(x.X)))
	return true
}
