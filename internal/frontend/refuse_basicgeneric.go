package frontend

import (
	"fmt"
	"go/ast"
	"go/types"
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
	info := w.info()
	for _, d := range w.file.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Recv == nil || len(fd.Recv.List) != 1 {
			continue
		}
		recv := fd.Recv.List[0].Type
		t := info.TypeOf(recv)
		if p, ok := types.Unalias(t).(*types.Pointer); ok {
			t = p.Elem()
		}
		n, ok := types.Unalias(t).(*types.Named)
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
