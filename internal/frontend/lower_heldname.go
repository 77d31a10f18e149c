package frontend

import (
	"go/ast"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ast/inspector"
)

// Lowering: a value whose type's name the interpreter loses on its way
// into an empty interface (and a named slice, map or array literal it
// cannot assign to an interface with methods, see below).
//
// yaegi v0.16.1 holds a value of a type with methods converted to an
// empty interface as its own interface value, which keeps the type's name
// and methods (see helpers_held.go), where the conversion is an
// assignment, a var declaration, an argument, an element of a composite
// literal, a send. Three conversions hold it bare instead, as the value
// of its underlying type: a returned result, an explicit conversion, and
// a composite literal assigned or declared as a variable's value. So
//
//	func get() any { return Suit(1) }
//	func id[T any](v T) any { return v }
//	fmt.Println(get(), id(Suit(2)), any(Suit(3)))
//	var c any = Card{1, 2}
//
// printed 1 2 3 where Go prints hearts diamonds clubs, and fmt, json and
// the session's results saw an int; c printed {1 2} where another struct
// type had Card's fields.
//
// The pass writes the operand x of such a conversion to the empty
// interface I, a value of a type of the program's with methods, a pointer
// to one, or a value of a type parameter, as
//
//	[]I{x}[0]
//
// whose element keeps the name, as a composite literal's does: one small
// allocation for each such return or conversion. A conversion written
// I(x) keeps its form around it. Results of functions returning an
// interface with methods of the program's keep the name already. The
// other results of a function one of whose results is written so are
// written so too (see below).
//
// Not reached: a pointer to a struct type of the program's whose methods
// all take the value (&a, A with func (A) String() string) is held bare
// in every conversion; fmt and json tell it by its representation only
// where no other type of the program has it.
func (w *rewriter) lowerHeldNames(in *inspector.Inspector) {
	info := w.info()
	assigned := map[ast.Expr]bool{} // the values of assignments and var declarations
	in.Preorder([]ast.Node{(*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil)}, func(n ast.Node) {
		var values []ast.Expr
		switch n := n.(type) {
		case *ast.AssignStmt:
			values = n.Rhs
		case *ast.ValueSpec:
			values = n.Values
		}
		for _, e := range values {
			if _, ok := ast.Unparen(e).(*ast.CompositeLit); ok {
				assigned[e] = true
			}
		}
	})
	var rets []heldReturn // the results returned as empty interfaces
	w.conversions(in, func(e ast.Expr, target types.Type, call *ast.CallExpr, ret bool) {
		explicit := call != nil && info.Types[call.Fun].IsType()
		if lit, ok := e.(*ast.CompositeLit); ok && assigned[e] && !emptyIface(target) && types.IsInterface(target) {
			// A named slice, map or array literal assigned to an
			// interface with methods (var l Lener = Tags{"k"}): the
			// interpreter's assignment panicked ("reflect.Set: value of
			// type []string is not assignable to type
			// interp.valueInterface"); parenthesized, it converts it.
			switch info.TypeOf(lit).Underlying().(type) {
			case *types.Slice, *types.Map, *types.Array:
				end := w.offset(e.End())
				w.wrapArg(e, "(", -1) // inside lower_ifacecopy.go's copy
				w.add(end, end, ")", 1)
			}
			return
		}
		if !ret && !explicit && !assigned[e] || !emptyIface(target) {
			return
		}
		tv := info.Types[e]
		held := !tv.IsNil() && heldNameLost(tv.Type) && w.holdName(e, target)
		if ret {
			rets = append(rets, heldReturn{e, target, held})
		}
	})
	// The other results of a function one of whose results is written so
	// (a func returning any that returns &Op{} and errors.New("x")): the
	// interpreter held a compiled pointer returned after it (a call's
	// result, or nil) as an interface value of its own without a type,
	// and asserting the result to an interface then ended in a nil
	// dereference. Written so too, they are held as Go holds them.
	if !slices.ContainsFunc(rets, func(r heldReturn) bool { return r.held }) {
		return
	}
	var funcs []ast.Node
	in.Preorder([]ast.Node{(*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)}, func(n ast.Node) {
		funcs = append(funcs, n)
	})
	enclosing := func(e ast.Expr) ast.Node {
		var inner ast.Node
		for _, f := range funcs {
			if f.Pos() <= e.Pos() && e.End() <= f.End() && (inner == nil || inner.Pos() <= f.Pos()) {
				inner = f // the innermost: Preorder gives outer functions first
			}
		}
		return inner
	}
	heldIn := map[ast.Node]bool{}
	for _, r := range rets {
		if r.held {
			heldIn[enclosing(r.e)] = true
		}
	}
	for _, r := range rets {
		if !r.held && heldIn[enclosing(r.e)] && heldElsewhere(r.e, info.Types[r.e]) {
			w.holdName(r.e, r.target)
		}
	}
}

// heldElsewhere reports whether a result e of the type of tv, returned
// beside one written as []I{x}[0], is written so too: a call's pointer or
// interface value (a variable's, nil and the values of basic types, a
// comparison's bool, are held right as they are; written so, a
// comparison's result failed to convert, and os.Stdout failed to parse).
func heldElsewhere(e ast.Expr, tv types.TypeAndValue) bool {
	if _, call := ast.Unparen(e).(*ast.CallExpr); !call || tv.IsNil() || tv.Type == nil {
		return false
	}
	switch types.Unalias(tv.Type).Underlying().(type) {
	case *types.Pointer, *types.Interface:
		return true
	}
	return false
}

// heldReturn is a result of a function returned as an empty interface,
// and whether lowerHeldNames writes it as []I{x}[0].
type heldReturn struct {
	e      ast.Expr
	target types.Type
	held   bool
}

// holdName writes e, converted to the empty interface target, as
// []I{e}[0]; it reports whether it could.
func (w *rewriter) holdName(e ast.Expr, target types.Type) bool {
	ts, ok := w.typeSource(target, e.Pos())
	if !ok {
		return false
	}
	end := w.offset(e.End())
	prio := 3
	if _, deref := ast.Unparen(e).(*ast.StarExpr); deref {
		prio = 5 // around the copy of *p (lower_ifacecopy.go), which goes around its nil check
	}
	w.wrapArg(e, "[]"+ts+"{", -prio)
	w.add(end, end, "}[0]", prio)
	return true
}

// emptyIface reports whether t is an interface without methods that
// values are converted to (not a type parameter's constraint, nor
// comparable).
func emptyIface(t types.Type) bool {
	if !isIfaceTarget(t) {
		return false
	}
	iface := t.Underlying().(*types.Interface)
	return iface.NumMethods() == 0 && iface.NumEmbeddeds() == 0
}

// heldNameLost reports whether a value of type t returned or converted
// as an empty interface is held bare by the interpreter, without its
// type's name: t is a type parameter, or a type of the program's (or a
// pointer to one) with methods.
func heldNameLost(t types.Type) bool {
	if t == nil {
		return false
	}
	if _, ok := types.Unalias(t).(*types.TypeParam); ok {
		return true
	}
	if types.IsInterface(t) || types.NewMethodSet(t).Len() == 0 {
		return false
	}
	_, ok := userType(types.Unalias(t))
	return ok
}
