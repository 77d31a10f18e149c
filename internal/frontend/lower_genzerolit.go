package frontend

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
)

// Lowering: a literal of a generic struct type's instance, in generic
// code.
//
// yaegi v0.16.1 gives an empty composite literal of an instance of a
// generic struct type with type parameters (Pair[K, V]{} in a generic
// function) the storage of another value of the type in the function: in
//
//	func Make[K, V any](k K, v V) Pair[K, V] {
//		if ok { return Pair[K, V]{k, v} }
//		return Pair[K, V]{}
//	}
//
// Make("a", 1) returned { 0}, the literal {k, v} wiped; &Pair[K, V]{}
// panicked (a nil pointer dereference in the interpreter), and so did
// *new(Pair[K, V]). A literal with elements, Pair[K, V]{k, v}, in two
// generic functions of different signatures instantiated alike panicked
// in reflection's words ("reflect.Set: value of type int is not
// assignable to type string"). The pass writes each such literal as the
// element of a literal of an array or a slice, which the interpreter gets
// right:
//
//	Pair[K, V]{k, v}  ->  [1]Pair[K, V]{{k, v}}[0]
//	Pair[K, V]{}      ->  [1]Pair[K, V]{{}}[0]
//	&Pair[K, V]{}     ->  &[]Pair[K, V]{{}}[0]

// lowerGenericLits rewrites the literals described above.
func (w *rewriter) lowerGenericLits(in *inspector.Inspector) {
	info := w.info()
	if info == nil {
		return
	}
	in.WithStack([]ast.Node{(*ast.CompositeLit)(nil)}, func(n ast.Node, push bool, stack []ast.Node) bool {
		lit := n.(*ast.CompositeLit)
		if !push || lit.Type == nil {
			return true
		}
		named, ok := types.Unalias(info.TypeOf(lit)).(*types.Named)
		if !ok || !hasTypeParam(named) {
			return true // none, or an instance a script writes out (lower_typecopy.go)
		}
		if _, ok := named.Underlying().(*types.Struct); !ok {
			return true
		}
		// Inside what wraps the literal (fmt's %T of it), before what
		// renames its type; the index goes with the braces, so that
		// an insertion at the literal's end follows both.
		start, end := w.offset(lit.Pos()), w.offset(lit.End())
		prefix := "[1]"
		if u, ok := stack[len(stack)-2].(*ast.UnaryExpr); ok && u.Op == token.AND {
			prefix = "[]"
		}
		w.add(start, start, prefix, -2)
		w.add(w.offset(lit.Lbrace), w.offset(lit.Lbrace), "{", 0)
		w.add(end, end, "}[0]", 0)
		return true
	})
}
