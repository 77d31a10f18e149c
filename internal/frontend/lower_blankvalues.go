package frontend

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
)

// Lowering: the values a composite literal without keys gives blank
// fields, as zero values.
//
// Go's blank (_) fields are zero in every value: a literal without keys
// gives them a value, which is evaluated and dropped. yaegi v0.16.1 kept
// it in the field, where reflection (reflect.ValueOf(x).Field(1)) found
// it. So the value goes to a function that drops it, or, when evaluating
// it runs nothing, is written as the field's zero value:
//
//	struct{ a, _, c int }{1, 2, 3}     ->  struct{ a, _, c int }{1, *new(int), 3}
//	struct{ a, _, c int }{1, f(), 3}   ->  struct{ a, _, c int }{1, func(int) (z int) { return }(f()), 3}

// lowerBlankValues rewrites the literals described above.
func (w *rewriter) lowerBlankValues(in *inspector.Inspector) {
	info := w.info()
	for c := range in.Root().Preorder((*ast.CompositeLit)(nil)) {
		lit := c.Node().(*ast.CompositeLit)
		if len(lit.Elts) == 0 {
			continue
		}
		if _, keyed := lit.Elts[0].(*ast.KeyValueExpr); keyed {
			continue
		}
		t := info.TypeOf(lit)
		if t == nil {
			continue
		}
		if p, ok := t.Underlying().(*types.Pointer); ok { // &T{...} elided in a literal
			t = p.Elem()
		}
		st, ok := t.Underlying().(*types.Struct)
		if !ok || st.NumFields() != len(lit.Elts) {
			continue
		}
		for i, e := range lit.Elts {
			f := st.Field(i)
			if f.Name() != "_" {
				continue
			}
			ts, ok := w.typeSource(f.Type(), e.Pos())
			if !ok {
				continue
			}
			if !runsCode(info, e) {
				w.add(w.offset(e.Pos()), w.offset(e.End()), "*new("+ts+")", -100)
				continue
			}
			start, end := w.offset(e.Pos()), w.offset(e.End())
			w.add(start, start, "func("+ts+") (z "+ts+") { return }(", 100)
			w.add(end, end, ")", -100)
		}
	}
}
