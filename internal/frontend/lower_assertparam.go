package frontend

import (
	"go/ast"
	"go/types"
	"maps"
	"slices"

	"golang.org/x/tools/go/ast/inspector"
)

// Lowering: a type assertion to a type parameter of a value of an
// interface with methods, through any.
//
// yaegi v0.16.1 fails to instantiate a generic function that asserts a
// value of an interface type with methods to one of its type parameters
// (var x I; _, ok := x.(T), with T = bool): the call of the function
// panicked in its compiler ("CFG post-order panic: runtime error: invalid
// memory address"). From any it instantiates and answers right, and the
// answer is the same: x.(T) asks of x's dynamic type, which any(x) keeps.
// So in a script the pass writes any(x).(T), where it can tell that the
// assertion cannot match a type the interpreter holds alike with T's
// argument (see lower_assert.go): every instantiation of the function (or
// of the method's type) gives the type parameter a concrete type, and no
// other type of the program of that type's representation implements the
// interface. Elsewhere the assertion is left to the interpreter.
//
//	_, ok := x.(T)  ->  _, ok := any(x).(T)

// lowerParamAsserts rewrites the single-valued assertions described above;
// commaOK writes the comma-ok ones with the value passed as any.
func (w *rewriter) lowerParamAsserts(in *inspector.Inspector) {
	in.WithStack([]ast.Node{(*ast.TypeAssertExpr)(nil)}, func(n ast.Node, push bool, stack []ast.Node) bool {
		if !push {
			return false
		}
		x := n.(*ast.TypeAssertExpr)
		if !w.assertViaAny(x) {
			return true
		}
		// The comma-ok forms are written by commaOK.
		if len(stack) >= 2 {
			switch p := stack[len(stack)-2].(type) {
			case *ast.AssignStmt:
				if len(p.Lhs) == 2 && len(p.Rhs) == 1 {
					return true
				}
			case *ast.ValueSpec:
				if len(p.Names) == 2 && len(p.Values) == 1 {
					return true
				}
			}
		}
		w.add(w.offset(x.X.Pos()), w.offset(x.X.Pos()), "any(", 0)
		w.add(w.offset(x.X.End()), w.offset(x.X.End()), ")", 0)
		return true
	})
}

// assertViaAny reports whether the assertion x is one the pass writes
// through any.
func (w *rewriter) assertViaAny(x *ast.TypeAssertExpr) bool {
	info := w.info()
	if info == nil || w.mode != ModeScript || x.Type == nil {
		return false
	}
	tp, ok := types.Unalias(info.TypeOf(x.Type)).(*types.TypeParam)
	if !ok {
		return false
	}
	xt := info.TypeOf(x.X)
	if xt == nil || isTypeParam(xt) {
		return false
	}
	iface, ok := xt.Underlying().(*types.Interface)
	if !ok || iface.NumMethods() == 0 {
		return false
	}
	args, ok := w.paramArgs(tp)
	if !ok {
		return false
	}
	if w.twinSet == nil {
		w.twinSet = newTwins(w.plan.Checked, slices.Collect(maps.Values(w.fe.Types.Objs)))
	}
	for _, a := range args {
		if types.IsInterface(a) {
			return false
		}
		if len(w.twinSet.twinsIn(a, iface)) > 0 {
			return false
		}
	}
	return true
}

// paramArgs returns the type arguments the segment's instantiations give
// the type parameter tp of a generic function, or of a generic type whose
// method declares it, and reports whether each is known (none is a type
// parameter).
func (w *rewriter) paramArgs(tp *types.TypeParam) ([]types.Type, bool) {
	return w.paramArgsSeen(tp, map[*types.TypeParam]bool{})
}

// paramArgsSeen is paramArgs, following a type parameter of generic code
// that instantiates tp's owner with it (NewPool[T, PT] returning a
// *Pool[T, PT]) to that code's own instances; seen are the type
// parameters followed already.
func (w *rewriter) paramArgsSeen(tp *types.TypeParam, seen map[*types.TypeParam]bool) ([]types.Type, bool) {
	if seen[tp] {
		return nil, true
	}
	seen[tp] = true
	info := w.info()
	var owner types.Object
	index := -1
	find := func(list *ast.FieldList) bool {
		if list == nil {
			return false
		}
		i := 0
		for _, f := range list.List {
			for _, id := range f.Names {
				if info.Defs[id] == tp.Obj() {
					index = i
					return true
				}
				i++
			}
		}
		return false
	}
	for _, d := range w.file.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok {
			continue
		}
		if fd.Recv == nil {
			if find(fd.Type.TypeParams) {
				owner = info.Defs[fd.Name]
				break
			}
			continue
		}
		name, params := recvTypeParams(fd.Recv.List[0].Type)
		for i, id := range params {
			if info.Defs[id] == tp.Obj() {
				owner, index = w.plan.Checked.pkg.Scope().Lookup(name), i
			}
		}
		if owner != nil {
			break
		}
	}
	if owner == nil || index < 0 {
		return nil, false
	}
	var args []types.Type
	for id, inst := range info.Instances {
		if info.Uses[id] != owner {
			continue
		}
		if inst.TypeArgs.Len() <= index {
			return nil, false
		}
		a := inst.TypeArgs.At(index)
		if a == types.Type(tp) {
			continue // the receiver's own, or a call of itself
		}
		if other, ok := types.Unalias(a).(*types.TypeParam); ok {
			if _, in := w.enclosingDecl(w, id, map[string]bool{owner.Name(): true}); other.Index() == index && in == declOfGroup {
				continue // the same parameter of another method's receiver, or of the type's declaration
			}
			// A type parameter of generic code instantiating the owner
			// with it: that code's own arguments.
			more, ok := w.paramArgsSeen(other, seen)
			if !ok {
				return nil, false
			}
			args = append(args, more...)
			continue
		}
		if hasTypeParam(a) {
			return nil, false
		}
		args = append(args, a)
	}
	return args, true
}
