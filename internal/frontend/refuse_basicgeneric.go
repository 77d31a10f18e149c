package frontend

import (
	"fmt"
	"go/ast"
	"go/types"
	"iter"
	"strings"
)

// Methods of generic types whose underlying type is a basic type.
//
// yaegi v0.16.1 makes an instance of a generic type whose underlying type
// is a basic type (type Num[T any] int) the basic type itself, and adds
// the generic type's methods to it: with func (n Num[T]) String() string,
// every int of the program had a String method (any(9).(fmt.Stringer)
// said true, fmt.Sprint(int(n)) called String, Sprintf("%d", int(n))
// printed the interpreter's value). A method declared with such a
// receiver is refused, with the way around: a struct holding the value.

// refuseBasicGenericMethods returns the error for the segment's first
// method described above.
func (w *rewriter) refuseBasicGenericMethods() error {
	for fd, recv := range w.methodReceivers() {
		n, ok := types.Unalias(derefType(w.info().TypeOf(recv))).(*types.Named)
		if !ok || n.Origin().TypeParams().Len() == 0 {
			continue
		}
		b, ok := n.Underlying().(*types.Basic)
		if !ok {
			continue
		}
		var params []string
		for tp := range n.Origin().TypeParams().TypeParams() {
			params = append(params, tp.Obj().Name()+" "+types.TypeString(tp.Constraint(), w.qualifier()))
		}
		name := n.Origin().Obj().Name()
		return &Error{Pos: w.src.Position(w.offset(recv.Pos())), Msg: fmt.Sprintf(
			"method %s of generic type %s, whose underlying type is %s: the interpreter would give the method to every %s of the program; hold the value in a struct (type %s[%s] struct{ v %s })",
			fd.Name.Name, name, b.Name(), b.Name(), name, strings.Join(params, ", "), b.Name())}
	}
	return nil
}

// methodReceivers yields the segment's method declarations, each with its
// receiver's type as written, of a known type.
func (w *rewriter) methodReceivers() iter.Seq2[*ast.FuncDecl, ast.Expr] {
	return func(yield func(*ast.FuncDecl, ast.Expr) bool) {
		for _, d := range w.file.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Recv == nil || len(fd.Recv.List) != 1 || w.info().TypeOf(fd.Recv.List[0].Type) == nil {
				continue
			}
			if !yield(fd, fd.Recv.List[0].Type) {
				return
			}
		}
	}
}
