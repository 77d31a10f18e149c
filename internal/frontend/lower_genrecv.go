package frontend

import (
	"go/ast"

	"golang.org/x/tools/go/ast/inspector"
)

// Lowering: unnamed receivers of the methods of generic types, named _.
//
// yaegi v0.16.1 reads the receiver of a method of a generic type as a
// name followed by a type when it instantiates the method: of
// func (Box[T]) Len() int, which has no name, it took the type for the
// name and the next child for the type, and the program was refused with
// "index out of range [1] with length 1" (at the type's first use, or
// with "CFG post-order panic" at a call of the method). A blank name is
// the same method, and yaegi instantiates it right, so the pass writes
// one:
//
//	func (Box[T]) Len() int  ->  func (_ Box[T]) Len() int
//	func (*Box[T]) Reset()   ->  func (_ *Box[T]) Reset()

// lowerGenericRecvs names the unnamed receivers of generic types' methods.
func (w *rewriter) lowerGenericRecvs(in *inspector.Inspector) {
	in.Preorder([]ast.Node{(*ast.FuncDecl)(nil)}, func(n ast.Node) {
		fd := n.(*ast.FuncDecl)
		if fd.Recv == nil || len(fd.Recv.List) != 1 || len(fd.Recv.List[0].Names) != 0 {
			return
		}
		recv := fd.Recv.List[0].Type
		t := recv
		if star, ok := t.(*ast.StarExpr); ok {
			t = star.X
		}
		switch t.(type) {
		case *ast.IndexExpr, *ast.IndexListExpr:
		default:
			return
		}
		at := w.offset(recv.Pos())
		w.add(at, at, "_ ", -30)
	})
}
