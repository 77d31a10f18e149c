package frontend

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ast/inspector"
)

// Map elements assigned from a value of several results.
//
// yaegi v0.16.1 stores nothing in a map element on the left of an
// assignment whose right side is one expression of two or more values: a
// call of several results or a comma-ok form (m[k], ok = v.(T),
// m[k], ok = src[k], m[k], ok = <-ch, m[a], m[b] = f()); the other
// variables get their values, the map is left as it was. The pass gives
// each such element a variable of its own, assigned with the others, and
// stores it in the map after:
//
//	m[k], ok = v.(string)  ->  { var __m1 string; __m1, ok = v.(string); m[k] = __m1 }
//
// Go evaluates the map and key operands before the right side: where
// they call a function or receive, they are evaluated into variables
// first (m[f()], ok = v.(T): f runs before the assertion); otherwise after
// the right side, which differs only when the right side changes them. Where a statement cannot become a block (the init of an if, for or
// switch) the assignment is refused, with its position.

// lowerMapAssign rewrites the assignments described above.
func (w *rewriter) lowerMapAssign(in *inspector.Inspector) error {
	info := w.info()
	var err error
	in.WithStack([]ast.Node{(*ast.AssignStmt)(nil)}, func(n ast.Node, push bool, stack []ast.Node) bool {
		if !push || err != nil {
			return err == nil
		}
		as := n.(*ast.AssignStmt)
		if as.Tok != token.ASSIGN || len(as.Lhs) < 2 || len(as.Rhs) != 1 {
			return true
		}
		var elems []int
		for i, l := range as.Lhs {
			ix, ok := ast.Unparen(l).(*ast.IndexExpr)
			if !ok {
				continue
			}
			if _, isMap := underlying(info.TypeOf(ix.X)).(*types.Map); isMap {
				elems = append(elems, i)
			}
		}
		if len(elems) == 0 {
			return true
		}
		// v, m[k] = src[k]: v too goes through a variable of its own, as
		// the interpreter keeps v's old value for a missing key (see
		// lowerMapCommaOK), and the fix's found result is a variable of
		// this block.
		through := -1 // the target that is no map element given a variable too
		if len(as.Lhs) == 2 && elems[0] == 1 && !isBlank(as.Lhs[0]) && isMapIndex(info, as.Rhs[0]) && valueViaTemp(as.Lhs[0]) {
			through, elems = 0, []int{0, 1}
		}
		inList := false
		if len(stack) >= 2 {
			switch p := stack[len(stack)-2].(type) {
			case *ast.BlockStmt, *ast.CaseClause, *ast.LabeledStmt:
				inList = true
			case *ast.CommClause:
				inList = p.Comm != as // a select case's receive is selectAssign's
				if !inList {
					return true
				}
			}
		}
		if !inList {
			err = &Error{Pos: w.src.Position(w.offset(as.Pos())), Msg: "an assignment to a map element from a value of several results, as the init of a statement: the interpreter would store nothing in the map (assign in a statement of its own)"}
			return false
		}
		var decls, stores, tmps []string
		own := map[int]types.Type{} // the elements whose variable is of the value's own type
		for _, i := range elems {
			l := as.Lhs[i]
			elem := info.TypeOf(l)
			if v := tupleValueType(info, as.Rhs[0], i); types.IsInterface(elem) && v != nil && !types.IsInterface(v) && !isTypeParam(elem) {
				own[i] = v
				// The value's own type, converted as it is stored: a
				// variable of the interface failed to take a value of
				// the program's with methods (reflect.Set: ... not
				// assignable to type interp.valueInterface).
				elem = v
			}
			t, ok := w.typeSource(elem, l.Pos())
			if !ok {
				err = &Error{Pos: w.src.Position(w.offset(l.Pos())), Msg: "an assignment to a map element from a value of several results, with an element type that cannot be named here: the interpreter would store nothing in the map (assign the value to a variable first)"}
				return false
			}
			tmp := w.tmpName("m")
			tmps = append(tmps, tmp)
			decls = append(decls, "var "+tmp+" "+t+"; ")
		}
		// Operands on the left that call a function or receive are
		// evaluated before the right side, in their order, as Go does: a
		// map element's map and key (m[f()], ok = v.(T)), a pointer
		// indirection's pointer (*p(), m[k] = f()).
		var operands []string
		isElem := map[int]int{}
		for k, i := range elems {
			isElem[i] = k + 1
		}
		for i, l := range as.Lhs {
			k := isElem[i] - 1
			var value string // what the target is given, of its variable
			if k >= 0 {
				value = tmps[k]
				if t := own[i]; errorOfOwn(info.TypeOf(l), t) {
					// Boxed, or a typed nil, as it is stored (see asError).
					value = w.assignedValue(t, info.TypeOf(l), value, l.Pos())
				}
			}
			if k < 0 || i == through {
				if st, ok := ast.Unparen(l).(*ast.StarExpr); ok && hasCallOrRecv(st.X) {
					p := w.tmpName("mp")
					operands = append(operands, p+" := "+w.moved(st.X)+"; ")
					w.vacate(st.X, p)
				}
				if i == through {
					stores = append(stores, w.moved(l)+" = "+value)
				}
				continue
			}
			ix := ast.Unparen(l).(*ast.IndexExpr)
			key, ok := w.typeSource(underlying(info.TypeOf(ix.X)).(*types.Map).Key(), l.Pos())
			if ok && (hasCallOrRecv(ix.X) || hasCallOrRecv(ix.Index) || w.readsTargets(ix, as.Lhs)) {
				m, mk := w.tmpName("mm"), w.tmpName("mk")
				operands = append(operands, m+" := "+w.moved(ix.X)+"; var "+mk+" "+key+" = "+w.moved(ix.Index)+"; ")
				stores = append(stores, m+"["+mk+"] = "+value)
				continue
			}
			stores = append(stores, w.moved(l)+" = "+value)
		}
		// The block opens before the first element; where that element
		// moves, the opening goes in its place (an insertion at its start
		// would move with it).
		open := "{ " + strings.Join(operands, "") + strings.Join(decls, "")
		for k, i := range elems {
			l := as.Lhs[i]
			if i == 0 {
				w.vacate(l, open+tmps[k])
			} else {
				w.vacate(l, tmps[k])
			}
		}
		if elems[0] != 0 {
			start := w.offset(as.Pos())
			w.add(start, start, open, -10)
		}
		end := w.offset(as.End())
		w.addOuter(end, end, "; "+strings.Join(stores, "; ")+" }", 10) // (after a rewritten value: m["c"], ok = src["c"])
		return true
	})
	return err
}

// readsTargets reports whether the map or key of ix, a map element
// among the targets lhs, reads a variable another target assigns (k,
// m[k] = f(): the element is stored after the assignment, when k is
// already f's, where Go takes the key before it), or what a pointer's
// target assigns (*p, m[*p] = f()).
func (w *rewriter) readsTargets(ix *ast.IndexExpr, lhs []ast.Expr) bool {
	info := w.info()
	assigned := map[types.Object]bool{} // the variables of names and fields assigned (not elements: m[a], m[b] = f() leaves m)
	var pointed []string                // the targets through pointers, as written
	for _, l := range lhs {
		if root := fieldRoot(ast.Unparen(l)); root != nil {
			if o := info.ObjectOf(root); o != nil {
				assigned[o] = true
			}
		} else if _, star := ast.Unparen(l).(*ast.StarExpr); star {
			pointed = append(pointed, w.text(l))
		}
	}
	reads := false
	for _, e := range []ast.Expr{ix.X, ix.Index} {
		ast.Inspect(e, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok && assigned[info.ObjectOf(id)] {
				reads = true
			}
			return !reads
		})
		for _, p := range pointed {
			reads = reads || strings.Contains(w.text(e), p)
		}
	}
	return reads
}

// valueViaTemp reports whether v, the value target of a comma-ok map
// index whose found result is a map element, can go through a variable
// of lowerMapAssign's: its operands call nothing, or it is a pointer's
// target, whose pointer is evaluated first (arr[f()], m[k] = src[g()]
// would call g first; lowerMapCommaOK refuses it).
func valueViaTemp(v ast.Expr) bool {
	_, star := ast.Unparen(v).(*ast.StarExpr)
	return star || !hasCallOrRecv(v)
}

// isMapIndex reports whether e is an index of a map.
func isMapIndex(info *types.Info, e ast.Expr) bool {
	ix, ok := ast.Unparen(e).(*ast.IndexExpr)
	if !ok {
		return false
	}
	_, isMap := underlying(info.TypeOf(ix.X)).(*types.Map)
	return isMap
}

// underlying is t's underlying type, or nil.
func underlying(t types.Type) types.Type {
	if t == nil {
		return nil
	}
	return t.Underlying()
}

// fieldRoot returns the name e is, or the name a field e is reached
// from by selectors alone (h of h.a.V); nil for any other expression.
func fieldRoot(e ast.Expr) *ast.Ident {
	for {
		switch x := e.(type) {
		case *ast.Ident:
			return x
		case *ast.SelectorExpr:
			e = ast.Unparen(x.X)
		default:
			return nil
		}
	}
}
