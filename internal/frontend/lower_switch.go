package frontend

import (
	"go/ast"
	"go/constant"

	"golang.org/x/tools/go/ast/inspector"
)

// Case lists of a switch without a tag.
//
// In a switch with no tag, case a, b: runs when a or b is true, tried left
// to right. yaegi v0.16.1 tries only the first (case x == 1, x == 3: did
// not run for x == 3). The pass writes the list as the disjunction it
// means, whose || stops at the first true case as Go does (and so for a
// switch true, which is the same switch):
//
//	switch { case x == 1, x == 3: ... }  ->  switch { case (x == 1) || (x == 3): ... }

// lowerTaglessCases rewrites the case lists described above.
func (w *rewriter) lowerTaglessCases(in *inspector.Inspector) {
	info := w.info()
	in.Preorder([]ast.Node{(*ast.SwitchStmt)(nil)}, func(n ast.Node) {
		sw := n.(*ast.SwitchStmt)
		if sw.Tag != nil {
			// switch true { ... } is the same switch.
			tv, ok := info.Types[sw.Tag]
			if !ok || tv.Value == nil || tv.Value.Kind() != constant.Bool || !constant.BoolVal(tv.Value) {
				return
			}
		}
		for _, s := range sw.Body.List {
			list := s.(*ast.CaseClause).List
			if len(list) < 2 {
				continue
			}
			first, last := list[0], list[len(list)-1]
			w.wrapArg(first, "(", -6)
			for i := 0; i+1 < len(list); i++ {
				w.add(w.offset(list[i].End()), w.offset(list[i+1].Pos()), ") || (", 0)
			}
			w.add(w.offset(last.End()), w.offset(last.End()), ")", 6)
		}
	})
}
