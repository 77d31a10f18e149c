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
			if t.Info()&types.IsString == 0 {
				return
			}
		case *types.Pointer:
			if _, ok := t.Elem().Underlying().(*types.Array); !ok {
				return
			}
		default:
			return
		}
		var lhs, tmps []string
		for _, e := range []ast.Expr{r.Key, r.Value} {
			if e == nil || isBlank(e) {
				continue
			}
			tmp := w.tmpName("r")
			lhs = append(lhs, w.moved(e))
			tmps = append(tmps, tmp)
			w.vacate(e, tmp)
		}
		if len(tmps) == 0 {
			return
		}
		w.add(w.offset(r.TokPos), w.offset(r.TokPos)+1, ":=", 0)
		at := w.offset(r.Body.Lbrace) + 1
		w.add(at, at, " "+strings.Join(lhs, ", ")+" = "+strings.Join(tmps, ", ")+";", -30)
	})
}
