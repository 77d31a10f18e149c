package frontend

import (
	"go/ast"
	"go/types"
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
//	func process(batch []int) (sum int, err error) { sum = 0; err = *new(error);
//
// A result of a basic type whose zero value has a literal (a number other
// than a complex one, a string, a bool) is set to the literal, a constant
// the interpreter writes without allocating; any other to *new(T), which
// allocates on each call. (nil would not do: a nil among the values of
// the interpreter's tuple assignment gave its target no type, and a later
// assignment to it panicked, "reflect: New(nil)"; nor would 0 for a
// complex type, which it cannot convert.) Each result is set by a
// statement of its own: in a tuple assignment the interpreter cannot store
// an empty interface's zero value into a result of type any, "reflect.Set:
// value of type interface {} is not assignable to type
// interp.valueInterface", so func f() (r any, err error) panicked on every
// call.

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
		var sets []string
		for _, f := range ft.Results.List {
			typ := info.TypeOf(f.Type)
			zero, ok := zeroLiteral(typ)
			if !ok {
				t, ok := w.typeSource(typ, body.Lbrace)
				if !ok {
					return
				}
				zero = "*new(" + t + ")"
			}
			for _, id := range f.Names {
				if id.Name == "_" {
					continue
				}
				sets = append(sets, " "+w.defText(id)+" = "+zero+";")
			}
		}
		if len(sets) == 0 {
			return
		}
		at := w.offset(body.Lbrace) + 1
		w.add(at, at, strings.Join(sets, ""), -70)
	})
}

// zeroLiteral returns the literal of t's zero value, if it has one the
// interpreter assigns as Go does.
func zeroLiteral(t types.Type) (string, bool) {
	if t == nil {
		return "", false
	}
	if _, isParam := types.Unalias(t).(*types.TypeParam); isParam {
		return "", false
	}
	switch u := t.Underlying().(type) {
	case *types.Basic:
		switch {
		case u.Info()&types.IsComplex != 0:
			return "", false
		case u.Info()&(types.IsInteger|types.IsFloat) != 0:
			return "0", true
		case u.Info()&types.IsString != 0:
			return `""`, true
		case u.Info()&types.IsBoolean != 0:
			return "false", true
		}
	}
	return "", false
}
