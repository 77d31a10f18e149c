package frontend

import (
	"go/ast"
	"strings"

	"golang.org/x/tools/go/ast/inspector"
)

// Named results start at their zero values.
//
// yaegi v0.16.1 keeps a function's named results from one call to the next
// when the calls are made by the same call in a loop: for _, b := range
// batches { sum, err := process(b) } with process(batch []int) (sum int,
// err error) summing into sum printed 6, 15, 15 where Go prints 6, 9, 0.
// The pass sets the named results to their zero values first thing in the
// function:
//
//	func process(batch []int) (sum int, err error) {
//
// becomes
//
//	func process(batch []int) (sum int, err error) { sum, err = *new(int), *new(error);

// lowerNamedResults zeroes the named results of every function at its
// entry.
func (w *rewriter) lowerNamedResults(in *inspector.Inspector) {
	in.Preorder([]ast.Node{(*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)}, func(n ast.Node) {
		var ft *ast.FuncType
		var body *ast.BlockStmt
		switch n := n.(type) {
		case *ast.FuncDecl:
			ft, body = n.Type, n.Body
		case *ast.FuncLit:
			ft, body = n.Type, n.Body
		}
		if body == nil || ft.Results == nil {
			return
		}
		info := w.info()
		var names, zeros []string
		for _, f := range ft.Results.List {
			t, ok := w.typeSource(info.TypeOf(f.Type), body.Lbrace)
			if !ok {
				return
			}
			for _, id := range f.Names {
				if id.Name == "_" {
					continue
				}
				names = append(names, id.Name)
				zeros = append(zeros, "*new("+t+")")
			}
		}
		if len(names) == 0 {
			return
		}
		at := w.offset(body.Lbrace) + 1
		w.add(at, at, " "+strings.Join(names, ", ")+" = "+strings.Join(zeros, ", ")+";", -70)
	})
}
