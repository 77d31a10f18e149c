package frontend

import (
	"fmt"
	"go/token"
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
// A value of an instance with methods (Result[int] with func (r
// Result[T]) OK() bool) is held in an interface as the interpreter's own
// interface value, which the case does not match either: the value it
// holds is taken out and asserted when the interpreter may hold the
// instance so (an instance without type parameters):
//
//	... case Result[int]: return __v, true }
//	if __repl.HeldMayBe(__x, "main.Result[int]") { switch __v := __repl.Unwrap(__x).(type) { case Result[int]: return __v, true } } ...
//
// (HeldMayBe: the interpreter names the held value's type so, or names
// none of the program's types: a value declared by an earlier input at
// the prompt is held by its structure. Another type of the program's of
// the instance's structure is refused as a twin, see lower_twinheld.go.)
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

// instanceText returns text, the instance t (or a pointer to one) as the
// program writes it (its copy's name where lower_typecopy.go writes it
// out), or in a script the alias lower_geninstance.go names
// an instance of several type parameters by (yaegi lost code around a
// second Pair[string, int] written out, and failed to compile such an
// assertion: " is not a type", or x.(*entry[string, int]): "CFG
// post-order panic").
func (w *rewriter) instanceText(t types.Type, text string) string {
	switch u := types.Unalias(t).(type) {
	case *types.Named:
		if u.TypeArgs().Len() >= 2 {
			return w.typeArgAlias(t, text)
		}
	case *types.Pointer:
		if n, ok := types.Unalias(u.Elem()).(*types.Named); ok && n.TypeArgs().Len() >= 2 && !hasTypeParam(n) {
			if s, ok := w.typeSource(n, w.file.Name.Pos()); ok {
				if a := w.typeArgAlias(n, s); a != s {
					return "*" + a
				}
			}
		}
	}
	return w.copyNames(text) // (an instance written out: lower_typecopy.go)
}

// instanceSource is typeSource, with an instance of several type
// parameters (or a pointer to one) named as instanceText names it.
func (w *rewriter) instanceSource(t types.Type, pos token.Pos) (string, bool) {
	src, ok := w.typeSource(t, pos)
	if ok && src == types.TypeString(t, w.qualifier()) {
		src = w.instanceText(t, src)
	}
	return src, ok
}

// instanceName returns the name the interpreter gives t, an instance of a
// generic type of the program's, as Go writes it (main.Result[int]), or
// "" when t mentions a type parameter.
func instanceName(t types.Type) string {
	if hasTypeParam(t) {
		return ""
	}
	return reflectString(t)
}

// heldInstance returns the statement that, in a function of __x, does
// found with __v, the value of the instance of type typ (named name, see
// instanceName) that __x holds as the interpreter's own interface value.
func heldInstance(typ, name, found string) string {
	if name == "" {
		return ""
	}
	return fmt.Sprintf("if %s.HeldMayBe(__x, %q) { switch __v := %s.Unwrap(__x).(type) { case %s: %s } }; ", HelperPkg, name, HelperPkg, typ, found)
}

// instanceCase returns the statements that, in a function of __x, do
// found with __v, the value of the instance t (written typ) that __x
// holds. The interpreter's type switch case takes a value of the
// instance's representation for it (a map[int]bool for a Set[int]), so
// an instance it holds by its name (namedInstance) is told by that name
// only: a Set[int] held bare is never one the program made.
func (w *rewriter) instanceCase(t types.Type, typ, found string) string {
	name := instanceName(t)
	if name != "" && namedInstance(t) {
		return fmt.Sprintf("if %s.Held(__x) == %q { switch __v := %s.Unwrap(__x).(type) { case %s: %s } }; ", HelperPkg, name, HelperPkg, typ, found)
	}
	unbox := ""
	if st, ok := t.Underlying().(*types.Struct); boxedErrorType(t) && !(ok && st.NumFields() == 0) {
		// Held as error in the shell's box (lower_errbox.go): the
		// comma-ok assertion of err.(KeyErr[string]) answered false.
		// (A type switch: an assertion does not find the instance.)
		unbox = fmt.Sprintf("if __b, __ok := %s.Unbox(__x, %q); __ok { switch __v := __b.(type) { case %s: %s } }; ", HelperPkg, typedNilName(t), typ, found)
	}
	return fmt.Sprintf("%sswitch __v := __x.(type) { case %s: %s }; %s%s", unbox, typ, found, heldInstance(typ, name, found), w.lostInstance(t, typ, name))
}

// lostInstance returns the statement that, in a function of __x, panics
// where __x is the interpreter's wrapper of a compiled interface holding
// the last field of what may have been a value of the instance t
// (written typ, named name), a struct with methods: the wrapper keeps no
// more of it (see lower_errbox.go), and the assertion answered false
// (Box[int]{3} held as a fmt.Stringer, asserted to Box[int]). In a
// script, only where the program puts values of t in interfaces: a value
// of the representation of its last field is then the program's own
// (a Name held as a fmt.Stringer, asserted to Box[string]).
func (w *rewriter) lostInstance(t types.Type, typ, name string) string {
	if st, ok := t.Underlying().(*types.Struct); name == "" || !ok || st.NumFields() == 0 || types.NewMethodSet(t).Len() == 0 {
		return ""
	}
	if j := w.twinJudge(); j != nil && !j.wrapsStruct(t) {
		return ""
	}
	return fmt.Sprintf("%s.LostInWrapper(__x, *new(%s), %q); ", HelperPkg, typ, name)
}

// instanceTest returns a boolean expression: whether x, an interface held
// in a variable, holds a value of the instance t (written typ).
func (w *rewriter) instanceTest(x string, t types.Type, typ string) string {
	// Without a variable, the switch failed to compile in a generic
	// function.
	return fmt.Sprintf("func(__x any) bool { %sreturn false }(%s)", w.instanceCase(t, typ, "_ = __v; return true"), x)
}

// instanceValue returns the value of the instance t (written typ) that x,
// an interface held in a variable, holds (the zero value if it holds
// none).
func (w *rewriter) instanceValue(x string, t types.Type, typ string) string {
	return fmt.Sprintf("func(__x any) %s { %svar __z %s; return __z }(%s)", typ, w.instanceCase(t, typ, "return __v"), typ, x)
}

// instanceCommaOK returns the comma-ok assertion of the value of param's
// type written arg to the instance t (written typ), as a call.
func (w *rewriter) instanceCommaOK(param string, t types.Type, typ, arg string) string {
	return fmt.Sprintf("func(__x %s) (%s, bool) { %svar __z %s; return __z, false }(%s)", param, typ, w.instanceCase(t, typ, "return __v, true"), typ, arg)
}
