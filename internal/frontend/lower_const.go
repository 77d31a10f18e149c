package frontend

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ast/inspector"
)

// Implicit repetition of constant specs of several names.
//
// In a const group, a spec without values repeats the previous spec's
// expressions with its own iota. yaegi v0.16.1 repeats them only for a
// spec of one name: after x, y = iota, iota * 10 the spec z, w failed
// ("constant definition loop"). The pass writes the values go/types
// computed for such a spec, each with its type:
//
//	x, y = iota, iota * 10
//	z, w                    ->  z, w = 1, 10
//	a, b Perm = 1 << iota, 2 << iota
//	c, d                    ->  c, d = Perm(4), Perm(8)

// lowerConstRepeats writes out the values of the const specs of several
// names that repeat an earlier spec's.
func (w *rewriter) lowerConstRepeats(in *inspector.Inspector) {
	info := w.info()
	in.Preorder([]ast.Node{(*ast.GenDecl)(nil)}, func(n ast.Node) {
		d := n.(*ast.GenDecl)
		if d.Tok != token.CONST {
			return
		}
		for _, spec := range d.Specs {
			vs := spec.(*ast.ValueSpec)
			if len(vs.Values) > 0 || len(vs.Names) < 2 {
				continue
			}
			var vals []string
			for _, id := range vs.Names {
				c, ok := info.Defs[id].(*types.Const)
				if !ok {
					return
				}
				basic, _ := c.Type().(*types.Basic)
				if basic != nil && basic.Info()&types.IsUntyped != 0 {
					vals = append(vals, constText(c.Val(), basic))
					continue
				}
				t, ok := w.typeSource(c.Type(), id.Pos())
				if !ok {
					return
				}
				vals = append(vals, t+"("+constText(c.Val(), nil)+")")
			}
			end := w.offset(vs.Names[len(vs.Names)-1].End())
			w.add(end, end, " = "+strings.Join(vals, ", "), 0)
		}
	})
}
