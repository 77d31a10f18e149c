package frontend

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"
)

// A generic function that prints, called by a method of a generic type.
//
// A value fmt prints in a generic function goes through a conversion that
// names the program's types it may be (lower_fmtvalue.go), instances of
// generic types among them. yaegi v0.16.1 instantiates such a type's
// methods as it compiles the conversion; where one of them calls the
// generic function, it instantiates the function again from inside
// itself, and the function's body was dropped: func Join[T any](xs []T)
// printing with fmt.Sprint, called by Set[T].String, printed nothing for
// Join([]Weekday{1, 2}) where Go prints 1|2, called before the program
// made a Set[Weekday] (with int, a pointer, slice or map of the type, an
// instance of the generic type, Join[*Set[int]], the type instantiated
// first, or the function called by the method alone, it ran as Go does).
// Such a conversion is refused there, naming the method.

// fmtConvCycle returns the method ("Set[T].String") of a generic type the
// conversion text conv names an instance of that calls the generic
// function whose body holds at; "" for none.
func (w *rewriter) fmtConvCycle(at ast.Node, conv string) string {
	info := w.info()
	var fn *types.Func
	for _, d := range w.file.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if ok && fd.Body != nil && fd.Pos() <= at.Pos() && at.End() <= fd.End() && fd.Recv == nil && fd.Type.TypeParams != nil {
			fn, _ = info.Defs[fd.Name].(*types.Func)
		}
	}
	if fn == nil {
		return ""
	}
	for _, d := range w.file.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Recv == nil || fd.Body == nil || len(fd.Recv.List) == 0 {
			continue
		}
		named, ok := types.Unalias(derefType(info.TypeOf(fd.Recv.List[0].Type))).(*types.Named)
		if !ok || named.TypeParams().Len() == 0 || !strings.Contains(conv, named.Obj().Name()+"[") {
			continue
		}
		calls := false
		ast.Inspect(fd.Body, func(n ast.Node) bool {
			if c, ok := n.(*ast.CallExpr); ok {
				f := ast.Unparen(c.Fun)
				if ix, ok := f.(*ast.IndexExpr); ok {
					f = ix.X
				} else if ix, ok := f.(*ast.IndexListExpr); ok {
					f = ix.X
				}
				if id, ok := f.(*ast.Ident); ok && info.Uses[id] == fn {
					calls = true
				}
			}
			return !calls
		})
		if calls && w.instantiatedFirst(fn, named.Obj()) {
			return named.Obj().Name() + "[...]." + fd.Name.Name
		}
	}
	return ""
}

// instantiatedFirst reports whether the file instantiates the generic
// function fn, outside generic code, with a named type the program
// declares (Join[Weekday] called from main; not a pointer, slice or map of
// one, which ran as Go does) before it instantiates the generic type typ
// with the same type arguments (Set[Weekday]): the order the interpreter
// met them in, where the function's body was dropped.
func (w *rewriter) instantiatedFirst(fn, typ types.Object) bool {
	info := w.info()
	first := func(obj types.Object, args []types.Type) token.Pos {
		at := token.NoPos
		for id, inst := range info.Instances {
			if info.Uses[id] != obj || inst.TypeArgs.Len() != len(args) || at.IsValid() && id.Pos() > at {
				continue
			}
			same := true
			for i, a := range args {
				same = same && types.Identical(inst.TypeArgs.At(i), a)
			}
			if same {
				at = id.Pos()
			}
		}
		return at
	}
	for id, inst := range info.Instances {
		if info.Uses[id] != fn {
			continue
		}
		args := slices.Collect(inst.TypeArgs.Types())
		own := len(args) > 0
		for _, a := range args {
			n, ok := types.Unalias(a).(*types.Named)
			own = own && ok && n.TypeArgs().Len() == 0 && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "main"
		}
		if !own {
			continue
		}
		if at := first(typ, args); at.IsValid() && first(fn, args) < at {
			return true
		}
	}
	return false
}
