package frontend

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// Assignments of several values to elements and through pointers.
//
// Go assigns a, b = x, y in two phases: first the operands of the index
// expressions and pointer indirections on the left and the values on the
// right are evaluated, in order; then the assignments are made, left to
// right. yaegi v0.16.1 evaluates the left of each assignment as it makes
// it, so i, m[i] = 1, 2 stored into m[1] (Go: m[0]), and m[2], s[1] = 2, 2
// with s too short panicked before it stored m[2] (Go stores it, then
// panics; the bounds check written by lowerBounds ran in the first phase).
// Where a target is an index expression or an indirection, the pass
// evaluates the operands and the values into variables first, then makes
// the assignments one by one, checking the bounds of a slice or array
// index as it assigns (a field is assigned through the pointer, or the
// address of the variable, read first):
//
//	i, m[i] = 1, 2  ->  { var __o1 = &i; var __o2 = m; var __i3 int = i
//	                      var __v4 int = 1; var __v5 int = 2
//	                      *__o1 = __v4; __o2[__i3] = __v5 }
//	m[k], s[j] = x, y  ->  { ...; __o3[__repl.BoundsIndex(__i4, len(__o3))] = __v6 }
//
// A target that is a name is assigned through a pointer to it (a value on
// the right may be that name, read before); a field of an element
// (ts[i].f) through the element's operands, its index checked as it is
// assigned; a promoted field through the last embedded pointer on its
// path (d.n of a d embedding *Base: d.Base), or the address of the value.
// Targets of other forms leave the assignment to the lowering of values
// alone.
//
// The first phase goes in gc's order: the operands and values that call a
// function or receive first, in the order they are written, then the
// others, so that p.f, x = v(), w() stores through the p that v left, as
// the compiled program does (gc reads a variable where the assignment
// needs it, after the calls):
//
//	p.f, x = v(), 2  ->  { var __v3 int = v(); var __o1 *T = p; var __o2 = &x; var __v4 int = 2; ... }

// lowerTupleOrder rewrites as above the assignment as of several values
// whose targets include an index expression or an indirection, and
// reports whether it did.
func (w *rewriter) lowerTupleOrder(info *types.Info, as *ast.AssignStmt) bool {
	hasElem := false
	for _, l := range as.Lhs {
		switch l := ast.Unparen(l).(type) {
		case *ast.Ident:
		case *ast.StarExpr:
			hasElem = true
		case *ast.IndexExpr:
			hasElem = true
		case *ast.SelectorExpr:
			if _, ok := fieldTarget(info, l); !ok && elemField(info, l) == nil && !promotedTarget(info, l) {
				return false
			}
			hasElem = true
		default:
			return false
		}
	}
	if !hasElem {
		return false
	}
	var calls, reads, assign []string // the first phase's two parts, the second phase
	first := func(e ast.Expr, decl string) {
		if callsOrReceives(info, e) {
			calls = append(calls, decl)
		} else {
			reads = append(reads, decl)
		}
	}
	typed := func(e ast.Expr, t types.Type, kind string) (string, bool) {
		if b, ok := t.(*types.Basic); ok && b.Info()&types.IsUntyped != 0 {
			t = types.Default(t)
		}
		ts, ok := w.typeSource(t, as.Pos())
		if !ok {
			return "", false
		}
		tmp := w.tmpName(kind)
		first(e, "var "+tmp+" "+ts+" = "+w.varInit(info, e, ts)+"; ")
		return tmp, true
	}
	// elem returns the target l, an element of a map, slice or array
	// whose operands the first phase reads, its index checked as it is
	// assigned.
	elem := func(l *ast.IndexExpr) (string, bool) {
		xt := info.TypeOf(l.X)
		var operand string
		var ok bool
		kind := "map"
		switch xt.Underlying().(type) {
		case *types.Array:
			// The array itself is assigned: through a pointer to it.
			operand, ok = w.tmpName("o"), true
			first(l.X, "var "+operand+" = &"+w.moved(l.X)+"; ")
			kind = "seq"
		case *types.Slice:
			operand, ok = typed(l.X, xt, "o")
			kind = "seq"
		case *types.Pointer:
			operand, ok = typed(l.X, xt, "o")
			kind = "seq"
		case *types.Map:
			operand, ok = typed(l.X, xt, "o")
		}
		if !ok {
			return "", false
		}
		index, ok := typed(l.Index, info.TypeOf(l.Index), "i")
		if !ok {
			return "", false
		}
		if kind == "seq" {
			fn, conv := "BoundsIndex", "int("
			if b, ok := info.TypeOf(l.Index).Underlying().(*types.Basic); ok && b.Info()&types.IsUnsigned != 0 {
				fn, conv = "BoundsIndexU", "uint64("
			}
			index = HelperPkg + "." + fn + "(" + conv + index + "), len(" + operand + "))"
			w.noBounds[l] = true
		}
		return operand + "[" + index + "]", true
	}
	var targets []string
	for _, l := range as.Lhs {
		switch l := ast.Unparen(l).(type) {
		case *ast.Ident:
			if isBlank(l) {
				targets = append(targets, "_")
				continue
			}
			tmp := w.tmpName("o")
			first(l, "var "+tmp+" = &"+w.moved(l)+"; ")
			targets = append(targets, "*"+tmp)
		case *ast.StarExpr:
			p, ok := typed(l.X, info.TypeOf(l.X), "o")
			if !ok {
				return false
			}
			targets = append(targets, "*"+p)
		case *ast.SelectorExpr:
			if ptr, ok := fieldTarget(info, l); ok {
				var p string
				if ptr {
					if p, ok = typed(l.X, info.TypeOf(l.X), "o"); !ok {
						return false
					}
				} else {
					p = w.tmpName("o")
					first(l.X, "var "+p+" = &"+w.moved(l.X)+"; ")
				}
				targets = append(targets, p+"."+l.Sel.Name)
				continue
			}
			if ix := elemField(info, l); ix != nil {
				// A field of an element (ts[i].f): the element's index
				// checked as it is assigned.
				e, ok := elem(ix)
				if !ok {
					return false
				}
				targets = append(targets, e+"."+l.Sel.Name)
				continue
			}
			// A promoted field (d.n of a d embedding *Base): the last
			// embedded pointer on its path read in the first phase.
			path := fieldPath(info, l)
			cut := lastEmbeddedPointer(path)
			names := make([]string, len(path))
			for k, f := range path {
				names[k] = f.Name()
			}
			var p string
			switch _, xPtr := info.TypeOf(l.X).Underlying().(*types.Pointer); {
			case cut >= 0:
				ts, ok := w.typeSource(path[cut].Type(), as.Pos())
				if !ok {
					return false
				}
				p = w.tmpName("o")
				first(l.X, "var "+p+" "+ts+" = "+w.moved(l.X)+"."+strings.Join(names[:cut+1], ".")+"; ")
				names = names[cut+1:]
			case xPtr:
				var ok bool
				if p, ok = typed(l.X, info.TypeOf(l.X), "o"); !ok {
					return false
				}
			default:
				if !addressable(info, l.X) {
					return false
				}
				p = w.tmpName("o")
				first(l.X, "var "+p+" = &"+w.moved(l.X)+"; ")
			}
			targets = append(targets, p+"."+strings.Join(names, "."))
		case *ast.IndexExpr:
			e, ok := elem(l)
			if !ok {
				return false
			}
			targets = append(targets, e)
		}
	}
	for i, e := range as.Rhs {
		t := info.TypeOf(as.Lhs[i])
		if isBlank(as.Lhs[i]) {
			t = types.Default(info.TypeOf(e))
		}
		v, ok := typed(e, t, "v")
		if !ok {
			return false
		}
		assign = append(assign, targets[i]+" = "+v+"; ")
	}
	w.add(w.offset(as.Pos()), w.offset(as.End()), "{ "+strings.Join(calls, "")+strings.Join(reads, "")+strings.Join(assign, "")+"}", -10)
	return true
}

// elemField returns the element whose field sel, a target of an
// assignment, is (ts[i] of ts[i].f, of a slice, an array variable or a
// pointer to an array), or nil.
func elemField(info *types.Info, sel *ast.SelectorExpr) *ast.IndexExpr {
	if s := info.Selections[sel]; s == nil || s.Kind() != types.FieldVal || len(s.Index()) != 1 {
		return nil
	}
	ix, ok := ast.Unparen(sel.X).(*ast.IndexExpr)
	if !ok || info.TypeOf(ix.X) == nil {
		return nil
	}
	switch u := info.TypeOf(ix.X).Underlying().(type) {
	case *types.Slice:
		return ix
	case *types.Array:
		if addressable(info, ix.X) {
			return ix
		}
	case *types.Pointer:
		if _, isArray := u.Elem().Underlying().(*types.Array); isArray {
			return ix
		}
	}
	return nil
}

// fieldPath returns the fields sel, a target of an assignment, selects
// through the embedded fields it is promoted from (Base, n of d.n), where
// there are several; nil otherwise.
func fieldPath(info *types.Info, sel *ast.SelectorExpr) []*types.Var {
	s := info.Selections[sel]
	if s == nil || s.Kind() != types.FieldVal || len(s.Index()) < 2 {
		return nil
	}
	var path []*types.Var
	t := s.Recv()
	for _, i := range s.Index() {
		if p, ok := t.Underlying().(*types.Pointer); ok {
			t = p.Elem()
		}
		st, ok := t.Underlying().(*types.Struct)
		if !ok {
			return nil
		}
		f := st.Field(i)
		path = append(path, f)
		t = f.Type()
	}
	return path
}

// promotedTarget reports whether sel, a target of an assignment, is a
// promoted field the pass can assign: through an embedded pointer on its
// path, or through sel.X, a pointer or an addressable value.
func promotedTarget(info *types.Info, sel *ast.SelectorExpr) bool {
	path := fieldPath(info, sel)
	if path == nil {
		return false
	}
	if lastEmbeddedPointer(path) >= 0 {
		return true
	}
	_, xPtr := info.TypeOf(sel.X).Underlying().(*types.Pointer)
	return xPtr || addressable(info, sel.X)
}

// lastEmbeddedPointer returns the index in path (fieldPath's) of its last
// embedded field of a pointer type before the field selected, or -1.
func lastEmbeddedPointer(path []*types.Var) int {
	cut := -1
	for k, f := range path[:len(path)-1] {
		if _, isPtr := f.Type().Underlying().(*types.Pointer); isPtr {
			cut = k
		}
	}
	return cut
}

// callsOrReceives reports whether e calls a function (not a conversion
// nor a builtin that only computes) or receives.
func callsOrReceives(info *types.Info, e ast.Expr) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CallExpr:
			if tv, ok := info.Types[n.Fun]; ok && tv.IsType() {
				return true // a conversion: its operand may call
			}
			if id, ok := ast.Unparen(n.Fun).(*ast.Ident); ok {
				if b, ok := info.Uses[id].(*types.Builtin); ok {
					switch b.Name() {
					case "len", "cap", "min", "max", "real", "imag", "complex", "new", "make":
						return true // its operands may call
					}
				}
			}
			found = true
		case *ast.UnaryExpr:
			found = found || n.Op == token.ARROW
		}
		return !found
	})
	return found
}

// fieldTarget reports whether sel, a target of an assignment, is a field
// the pass can assign through a pointer: a field of a pointer (ptr), or of
// a variable or a field of one, whose address is taken.
func fieldTarget(info *types.Info, sel *ast.SelectorExpr) (ptr, ok bool) {
	if s := info.Selections[sel]; s == nil || s.Kind() != types.FieldVal || len(s.Index()) != 1 {
		return false, false
	}
	if _, isPtr := info.TypeOf(sel.X).Underlying().(*types.Pointer); isPtr {
		return true, true
	}
	return false, addressable(info, sel.X)
}

// addressable reports whether e is a variable, or a field of one or of a
// pointer, or an indirection: what & takes without evaluating an index.
func addressable(info *types.Info, e ast.Expr) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		_, isVar := info.Uses[e].(*types.Var)
		return isVar
	case *ast.StarExpr:
		return true
	case *ast.SelectorExpr:
		if s := info.Selections[e]; s == nil || s.Kind() != types.FieldVal || len(s.Index()) != 1 {
			return false
		}
		if _, isPtr := info.TypeOf(e.X).Underlying().(*types.Pointer); isPtr {
			return true
		}
		return addressable(info, e.X)
	}
	return false
}
