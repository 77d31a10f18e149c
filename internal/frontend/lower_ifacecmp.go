package frontend

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
)

// Interfaces with methods, compared and used as map keys.
//
// yaegi v0.16.1 holds a value in an interface with methods as a wrapper of
// its own (a node of its syntax tree and the value): == between two such
// interfaces compared the wrappers, so two equal values were unequal
// (var a, b Key = k{1}, k{1}; a == b was false), and a map keyed by such
// an interface panicked or missed on lookup ("reflect.Value.MapIndex:
// value of type struct {...} is not assignable to type
// interp.valueInterface"). The pass writes the comparison as a call that
// compares the values the wrappers hold (with Go's panic for values that
// cannot be compared):
//
//	a == b   ->  __repl.SameValue(a, b)
//	a != b   ->  !__repl.SameValue(a, b)
//
// The same holds in an any for a value of a type of the program's with
// methods (type Color int with a String method, a struct with any method),
// or a pointer: var c any = Blue; c == Blue was false. So == and != of an any
// with another interface, or with a value of such a type, go through
// SameValue too (with twins held in interfaces refused before, see
// lower_twineq.go, SameValue compares the values alone).
//
// So is a comparison of an interface (any too) with a pointer of the
// program's types that has methods, which yaegi holds in an interface as
// such a wrapper (var a any = p; a == p was false). Comparisons with nil,
// and between errors (lowerErrorCompare, lowerTypedNil), are left as they
// are. A map type keyed by an interface with methods is refused
// before it runs, with the way around: key it by any, or by the concrete
// type; so is one keyed by a struct or an array that holds an interface,
// where the program has types with methods.

// A struct or array that holds interfaces (a Shape or an any field) is
// compared by its fields likewise (Box{"a", Sq{2}} == Box{"a", Sq{2}}
// was false):
//
//	a == b   ->  __repl.SameFields(a, b)
//
// So is a comparison of two values of a type parameter that an interface
// may instantiate (comparable, any: func Eq[T comparable](a, b T) bool {
// return a == b } called with any or an interface of the program's, which
// slices.Index, Contains, Equal and maps.Equal do too).

// Refused: == and != of a compiled interface with methods (fmt.Stringer;
// not error, whose values the shell boxes) and a struct of the program's
// with methods. The interpreter holds such a struct in such an interface
// as a wrapper that keeps the struct's last field alone (var st
// fmt.Stringer = Str{"x", "y"}; st == Str{"x", "y"} was false, and an
// assertion st.(Str) fails), so nothing at run time can compare it.

// lowerIfaceCompare rewrites == and != where an operand is an interface
// with methods.
func (w *rewriter) lowerIfaceCompare(n *ast.BinaryExpr) {
	info := w.info()
	if info == nil || n.Op != token.EQL && n.Op != token.NEQ {
		return
	}
	if w.refuseCompiledIfaceStruct(n) {
		return
	}
	withMethods := heldPointerCompare(info, n)
	for _, x := range []ast.Expr{n.X, n.Y} {
		tv := info.Types[x]
		if tv.IsNil() || tv.Type == nil {
			return
		}
		if types.Identical(tv.Type, types.Universe.Lookup("error").Type()) {
			return // lowerErrorCompare's
		}
		if it, ok := tv.Type.Underlying().(*types.Interface); ok && it.NumMethods() > 0 {
			if _, isParam := tv.Type.(*types.TypeParam); !isParam {
				withMethods = true
			}
		}
	}
	same := "SameValue"
	if !withMethods && !w.wrapperCompare(n) && !ifaceParamCompare(info, n) {
		if !holdsIface(info.TypeOf(n.X), false) || !holdsIface(info.TypeOf(n.Y), false) {
			return
		}
		same = "SameFields"
	}
	not := ""
	if n.Op == token.NEQ {
		not = "!"
	}
	end := w.offset(n.End())
	w.wrapArg(n, not+HelperPkg+"."+same+"(", -5)
	w.add(w.offset(n.OpPos), w.offset(n.OpPos)+len(n.Op.String()), ",", 0)
	w.add(end, end, ")", 5)
}

// refuseCompiledIfaceStruct refuses n, a comparison of a compiled
// interface with methods and a struct of the program's (see above), and
// reports whether it did.
func (w *rewriter) refuseCompiledIfaceStruct(n *ast.BinaryExpr) bool {
	info := w.info()
	tx, ty := info.TypeOf(n.X), info.TypeOf(n.Y)
	compiledIface := func(t types.Type) bool {
		nt, ok := types.Unalias(t).(*types.Named)
		it, isIface := t.Underlying().(*types.Interface)
		return ok && isIface && it.NumMethods() > 0 && nt.Obj().Pkg() != nil && nt.Obj().Pkg().Path() != "main" &&
			!types.Identical(t, types.Universe.Lookup("error").Type())
	}
	iface, st := tx, ty
	switch {
	case tx == nil || ty == nil:
		return false
	case compiledIface(tx) && heldStruct(ty):
	case compiledIface(ty) && heldStruct(tx):
		iface, st = ty, tx
	case compiledIface(tx) && types.IsInterface(ty) || compiledIface(ty) && types.IsInterface(tx):
		// Two interfaces, one compiled: refused where a struct of the
		// program's with methods may be in it.
		if !compiledIface(tx) {
			tx, ty = ty, tx
		}
		it := tx.Underlying().(*types.Interface)
		for _, tn := range w.programTypes() {
			if t := tn.Type(); heldStruct(t) && types.Implements(t, it) && (!types.IsInterface(ty) || types.Implements(t, ty.Underlying().(*types.Interface))) {
				iface, st = tx, t
				w.refuse(n, fmt.Sprintf("%s of two interfaces that may hold a %s in a %s: the interpreter keeps only the last field of a struct value converted to a compiled interface with methods, so it cannot compare them; compare the values before they are converted, or convert pointers (with the methods on the pointer) to the interface",
					n.Op, TypeText(st), TypeText(iface)))
				return true
			}
		}
		return false
	default:
		return false
	}
	w.refuse(n, fmt.Sprintf("%s of a %s and a %s: the interpreter keeps only the last field of a struct value converted to a compiled interface with methods, so it cannot compare it; compare the value before it is converted, or convert a pointer (with the methods on the pointer) to the interface",
		n.Op, TypeText(iface), TypeText(st)))
	return true
}

// holdsIface reports whether t, not an interface, is a type of the
// program's, or an unnamed one, that holds an interface: in its fields
// and array elements (what == compares), and, deep, also through
// pointers, slices and maps (what reflect.DeepEqual compares). A
// compiled type's fields are not looked into: they hold no value of the
// interpreter's.
func holdsIface(t types.Type, deep bool) bool {
	if t == nil || types.IsInterface(t) || hasTypeParam(t) {
		return false
	}
	seen := map[types.Type]bool{}
	var walk func(t types.Type) bool
	walk = func(t types.Type) bool {
		if seen[t] {
			return false
		}
		seen[t] = true
		if types.IsInterface(t) {
			return !isTypeParam(t)
		}
		if n, ok := types.Unalias(t).(*types.Named); ok && (n.Obj().Pkg() == nil || n.Obj().Pkg().Path() != "main") {
			return false
		}
		switch u := t.Underlying().(type) {
		case *types.Struct:
			for f := range u.Fields() {
				if walk(f.Type()) {
					return true
				}
			}
		case *types.Array:
			return walk(u.Elem())
		case *types.Pointer:
			return deep && walk(u.Elem())
		case *types.Slice:
			return deep && walk(u.Elem())
		case *types.Map:
			return deep && (walk(u.Key()) || walk(u.Elem()))
		}
		return false
	}
	return walk(t)
}

// wrapperCompare reports whether n compares an empty interface with
// another, or with a value of a type of the program's that the interpreter
// holds in an interface as a wrapper of its own (ownWithMethods): yaegi
// v0.16.1 compares the wrappers, so var c any = Blue; c == Blue was false
// for a Color with a String method.
func (w *rewriter) wrapperCompare(n *ast.BinaryExpr) bool {
	info := w.info()
	tx, ty := info.Types[n.X], info.Types[n.Y]
	if tx.Type == nil || ty.Type == nil || compiledVar(info, n.X) || compiledVar(info, n.Y) {
		return false
	}
	empty := func(t types.Type) bool {
		i := interfaceOf(t)
		return i != nil && i.NumMethods() == 0 && !isTypeParam(t)
	}
	switch {
	case empty(tx.Type):
		return types.IsInterface(ty.Type) || ownWithMethods(ty.Type)
	case empty(ty.Type):
		return types.IsInterface(tx.Type) || ownWithMethods(tx.Type)
	}
	return false
}

// ownWithMethods reports whether t is a type of the program's (or a
// pointer to one) with methods, whose values the interpreter holds in an
// interface as a wrapper of its own: wrappedType's, and a struct where the
// conversion keeps its name (lowerHeldNames: var a any = Sq{2}; a == Sq{2}
// was false).
func ownWithMethods(t types.Type) bool {
	_, ok := userType(t)
	return ok && types.NewMethodSet(t).Len() > 0
}

// heldStruct reports whether t is a struct type of the program's with
// methods (see ownWithMethods).
func heldStruct(t types.Type) bool {
	_, isStruct := t.Underlying().(*types.Struct)
	return isStruct && ownWithMethods(t)
}

// wrappedType reports whether the interpreter holds a value of t in an
// interface as a wrapper of its own: t is the program's, with methods,
// and a pointer or a named type that is not a struct.
func wrappedType(t types.Type) bool {
	if _, ok := userType(t); !ok || types.NewMethodSet(t).Len() == 0 {
		return false
	}
	if _, isPtr := types.Unalias(t).(*types.Pointer); isPtr {
		return true
	}
	_, isStruct := t.Underlying().(*types.Struct)
	return !isStruct
}

// refuseIfaceKeys refuses a map type keyed by an interface with methods.
func (w *rewriter) refuseIfaceKeys(in *inspector.Inspector) error {
	info := w.info()
	var err error
	in.Preorder([]ast.Node{(*ast.MapType)(nil)}, func(n ast.Node) {
		mt := n.(*ast.MapType)
		if err != nil {
			return
		}
		tv, ok := info.Types[mt.Key]
		if !ok || tv.Type == nil {
			return
		}
		if it, ok := tv.Type.Underlying().(*types.Interface); ok && it.NumMethods() > 0 && !isTypeParam(tv.Type) {
			err = &Error{Pos: w.src.Position(w.offset(mt.Pos())), Msg: fmt.Sprintf(
				"a map keyed by an interface with methods (%s): the interpreter keys it by wrappers of its own, so lookups miss or panic (key the map by any, or by the concrete type)",
				types.TypeString(tv.Type, w.qualifier()))}
			return
		}
		if with := w.programMethods(); holdsIface(tv.Type, false) && with != "" {
			err = &Error{Pos: w.src.Position(w.offset(mt.Pos())), Msg: fmt.Sprintf(
				"a map keyed by %s, which holds an interface: the interpreter holds a value with methods there (the program has such types: %s) as an interface value of its own, which the map hashes by its address, so two equal keys are two keys (key the map by a struct of concrete types, or by a string made from the key)",
				types.TypeString(tv.Type, w.qualifier()), with)}
		}
	})
	return err
}

// programMethods names a type of the program, or of the session, with
// methods, whose values the interpreter holds in an interface as its own
// interface values; "" if there is none.
func (w *rewriter) programMethods() string {
	for _, tn := range w.heldTypes() {
		if types.NewMethodSet(tn.Type()).Len() > 0 || types.NewMethodSet(types.NewPointer(tn.Type())).Len() > 0 {
			return tn.Name()
		}
	}
	if w.fe.Types.sessionMethods() {
		return "declared by an earlier input"
	}
	return ""
}

func isTypeParam(t types.Type) bool {
	_, ok := t.(*types.TypeParam)
	return ok
}

// heldPointerCompare reports whether n compares an interface (any) with a
// pointer of the program's types that has methods: yaegi v0.16.1 holds such
// a pointer in an interface as a wrapper of its own, so var a any = p;
// a == p was false.
func heldPointerCompare(info *types.Info, n *ast.BinaryExpr) bool {
	x, y := info.TypeOf(n.X), info.TypeOf(n.Y)
	if x == nil || y == nil {
		return false
	}
	if !types.IsInterface(x) {
		x, y = y, x
	}
	if !types.IsInterface(x) || isTypeParam(x) || types.IsInterface(y) || isTypeParam(y) {
		return false
	}
	p, ok := y.Underlying().(*types.Pointer)
	if !ok {
		return false
	}
	if _, ok := userType(y); !ok {
		return false
	}
	return types.NewMethodSet(y).Len() > 0 || types.NewMethodSet(p.Elem()).Len() > 0
}

// ifaceParamCompare reports whether n compares values of a type parameter
// whose constraint lists no types, which an interface type may
// instantiate (see above).
func ifaceParamCompare(info *types.Info, n *ast.BinaryExpr) bool {
	for _, x := range []ast.Expr{n.X, n.Y} {
		tp, ok := types.Unalias(info.TypeOf(x)).(*types.TypeParam)
		if !ok {
			return false
		}
		iface, ok := tp.Constraint().Underlying().(*types.Interface)
		if !ok {
			return false
		}
		for t := range iface.EmbeddedTypes() {
			if !types.IsInterface(t) {
				return false // ~int | ~string, a union or a type
			}
			if u, ok := t.Underlying().(*types.Interface); ok && !u.IsMethodSet() && !u.IsComparable() {
				return false
			}
		}
	}
	return true
}

// reachesIface reports whether t is an interface or holds one where
// reflect.DeepEqual looks (holdsIface, deep).
func reachesIface(t types.Type) bool {
	return types.IsInterface(t) && !isTypeParam(t) || holdsIface(t, true)
}
