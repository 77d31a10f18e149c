package frontend

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ast/inspector"
)

// A range that assigns to variables declared before it.
//
// In Go, for k, v = range x assigns each iteration's values to k and v,
// which keep the last ones after the loop. yaegi v0.16.1 leaves them as
// they were (for i = range a {} left i at 0). The pass ranges into
// variables of its own and assigns them at the start of each iteration,
// which is what Go does:
//
//	for k, v = range m { ... }  ->  for __k1, __v2 := range m { k, v = __k1, __v2; ... }
//
// Ranges over integers and functions are lowered elsewhere (rangeStmt,
// lower_range.go).

// lowerRangeAssign rewrites the ranges described above.
func (w *rewriter) lowerRangeAssign(in *inspector.Inspector) {
	info := w.info()
	in.Preorder([]ast.Node{(*ast.RangeStmt)(nil)}, func(n ast.Node) {
		r := n.(*ast.RangeStmt)
		if r.Tok != token.ASSIGN || r.Key == nil {
			return
		}
		switch t := underlying(info.TypeOf(r.X)).(type) {
		case *types.Slice, *types.Array, *types.Map, *types.Chan:
		case *types.Basic:
			if t.Info()&types.IsString == 0 || !isBlank(r.Key) {
				return // a string's offsets: lowerStringRange
			}
		case *types.Pointer:
			if _, ok := t.Elem().Underlying().(*types.Array); !ok {
				return
			}
		default:
			return
		}
		var lhs, tmps []string
		key, elem := rangeTypes(info.TypeOf(r.X))
		for i, e := range []ast.Expr{r.Key, r.Value} {
			if e == nil || isBlank(e) {
				continue
			}
			tmp := w.tmpName("r")
			lhs = append(lhs, w.moved(e))
			w.vacate(e, tmp)
			// As the range's own assignment would store it (see
			// assignedValue).
			t := key
			if i == 1 {
				t = elem
			}
			tmps = append(tmps, w.assignedValue(t, info.TypeOf(e), tmp, r.Body.Lbrace))
		}
		if len(tmps) == 0 {
			return
		}
		w.add(w.offset(r.TokPos), w.offset(r.TokPos)+1, ":=", 0)
		at := w.offset(r.Body.Lbrace) + 1
		// (Each alone where they are names: an interface's left the key
		// unassigned, see assignments.)
		alone, first := w.separable([]ast.Expr{r.Key, r.Value}), ""
		if !alone && len(lhs) == 2 {
			// for k, m[k] = range src: the element's index, the key's
			// variable, read first (as Go evaluates the targets'
			// operands before it assigns them), then each alone.
			if ix, ok := ast.Unparen(r.Value).(*ast.IndexExpr); ok && sameName(r.Key, ix.Index) && w.reachedAlone(ast.Unparen(ix.X), []string{w.text(r.Key)}) {
				o := w.tmpName("o")
				first, alone = o+" := "+lhs[0]+"; ", true
				lhs[1] = w.moved(ix.X) + "[" + o + "]"
			}
		}
		w.add(at, at, " "+first+strings.Join(assignments(lhs, tmps, alone), "; ")+";", -30)
	})
}

// rangeTypes returns the types of the iteration values of a range over a
// value of type t (a slice, array, pointer to an array, string, map or
// channel); nil for those it has not.
func rangeTypes(t types.Type) (key, elem types.Type) {
	switch u := underlying(t).(type) {
	case *types.Slice:
		return types.Typ[types.Int], u.Elem()
	case *types.Array:
		return types.Typ[types.Int], u.Elem()
	case *types.Pointer:
		if a, ok := u.Elem().Underlying().(*types.Array); ok {
			return types.Typ[types.Int], a.Elem()
		}
	case *types.Basic:
		return types.Typ[types.Int], types.Typ[types.Rune]
	case *types.Map:
		return u.Key(), u.Elem()
	case *types.Chan:
		return u.Elem(), nil
	}
	return nil, nil
}

// sameName reports whether a and b are the same name.
func sameName(a, b ast.Expr) bool {
	x, ok := ast.Unparen(a).(*ast.Ident)
	y, ok2 := ast.Unparen(b).(*ast.Ident)
	return ok && ok2 && x.Name == y.Name
}
