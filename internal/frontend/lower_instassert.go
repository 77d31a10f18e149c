package frontend

import (
	"fmt"
	"go/types"
)

// Lowering: type assertions to instances of the program's generic types,
// as type switches.
//
// yaegi v0.16.1 does not find an instance of a generic type written as
// the type of a type assertion: v, ok := x.(Box[string]) was refused with
// "type not found: main.Box[string]", and x.(Box[T]) in a generic function
// made the call of the function fail to compile ("CFG post-order panic:
// runtime error: invalid memory address"). As the case of a type switch it
// finds the instance, type parameters and all, and answers as Go does. So
// the comma-ok assertion, and the type switch cases the rewriter writes as
// assertions (see rewriter.typeSwitch), become type switches of one case:
//
//	v, ok := x.(Box[T])  ->  v, ok := func(__x any) (Box[T], bool) {
//	                             switch __v := __x.(type) { case Box[T]: return __v, true }
//	                             var __z Box[T]; return __z, false }(x)
//
// The single-valued assertion x.(Box[T]) is left to the interpreter,
// which refuses it: on failure it must panic with the dynamic type's name,
// which the interpreter does not keep.

// isProgramInstance reports whether t is an instance of a generic type of
// the program.
func isProgramInstance(t types.Type) bool {
	named, ok := types.Unalias(t).(*types.Named)
	return ok && named.TypeArgs().Len() > 0 && named.Obj().Pkg() != nil && named.Obj().Pkg().Path() == "main"
}

// instanceTest returns a boolean expression: whether x, an interface held
// in a variable, holds a value of the type written typ.
func instanceTest(x, typ string) string {
	// Without a variable, the switch failed to compile in a generic
	// function.
	return fmt.Sprintf("func() bool { switch __v := %s.(type) { case %s: _ = __v; return true }; return false }()", x, typ)
}

// instanceValue returns the value of type typ that x, an interface held in
// a variable, holds (the zero value if it holds none).
func instanceValue(x, typ string) string {
	return fmt.Sprintf("func() %s { switch __v := %s.(type) { case %s: return __v }; var __z %s; return __z }()", typ, x, typ, typ)
}

// instanceCommaOK returns the comma-ok assertion of the value of param's
// type written arg to the type written typ, as a call.
func instanceCommaOK(param, typ, arg string) string {
	return fmt.Sprintf("func(__x %s) (%s, bool) { switch __v := __x.(type) { case %s: return __v, true }; var __z %s; return __z, false }(%s)", param, typ, typ, typ, arg)
}
