package frontend

import (
	"fmt"
	"go/ast"
	"go/types"
)

// A method of a generic type calling a generic constructor of the type.
//
// yaegi v0.16.1 cannot compile a method of a generic type that calls,
// with its type parameters written out, a generic function whose
// declaration makes the type (func (s Set[T]) Union(o Set[T]) Set[T]
// calling NewSet[T]()): building the method's instance builds the
// function's, which builds the type's again, and the input failed with
// "CFG post-order panic: runtime error: invalid memory address" (or
// "index out of range"). A script writes such types out per instance
// (lower_typecopy.go); at the prompt and in a :load, where it does not,
// the call is refused, naming the method and the function, with the way
// around: make the value in the method (Set[T]{}), or run the file as a
// program. A function "makes the type" where its results are made of the
// type, or its body names it; one declared by an earlier input counts by
// its results. (The interpreter failed where the function built the
// type's first instance, NewSet(1, 2) before any Set[int]{}; the refusal
// does not wait for that.)

// refuseMethodConstructors returns the error for the segment's first call
// described above, outside a script.
func (w *rewriter) refuseMethodConstructors() error {
	info := w.info()
	if info == nil || w.mode == ModeScript {
		return nil
	}
	var err error
	for _, d := range w.file.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Body == nil || err != nil {
			continue
		}
		m, ok := info.Defs[fd.Name].(*types.Func)
		if !ok {
			continue
		}
		tn := genericRecvType(m)
		if tn == nil {
			continue
		}
		ast.Inspect(fd.Body, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || err != nil {
				return err == nil
			}
			var id *ast.Ident
			switch f := ast.Unparen(call.Fun).(type) {
			case *ast.Ident:
				id = f
			case *ast.IndexExpr:
				id, _ = f.X.(*ast.Ident)
			case *ast.IndexListExpr:
				id, _ = f.X.(*ast.Ident)
			}
			if id == nil {
				return true
			}
			fn, ok := info.Uses[id].(*types.Func)
			inst, generic := info.Instances[id]
			if !ok || !generic || fn.Pkg() == nil || fn.Pkg().Path() != "main" || fn.Parent() != fn.Pkg().Scope() {
				return true
			}
			makes := false
			for v := range fn.Signature().Results().Variables() {
				makes = makes || mentionsTypeName(v.Type(), tn)
			}
			for _, d := range w.file.Decls {
				if f, ok := d.(*ast.FuncDecl); ok && f.Recv == nil && f.Body != nil && info.Defs[f.Name] == fn {
					makes = makes || mentionsName(f.Body, tn.Name())
				}
			}
			if !makes || !hasTypeParam(inst.Type) || w.inferredByInterpreter(fn, inst, call) {
				return true
			}
			err = &Error{Pos: w.src.Position(w.offset(call.Pos())), Msg: fmt.Sprintf(
				"%s: the interpreter cannot compile a method of the generic type %s (%s) that calls a generic function making a %s (%s) at the prompt or in a :load; make the value in the method (%s[...]{}), or run the file as a program (asyncrepl FILE.go)",
				fn.Name(), tn.Name(), fd.Name.Name, tn.Name(), fn.Name(), tn.Name())}
			return false
		})
	}
	return err
}

// mentionsTypeName reports whether t is made of an instance of the
// generic type tn.
func mentionsTypeName(t types.Type, tn *types.TypeName) bool {
	switch t := types.Unalias(t).(type) {
	case *types.Named:
		return t.Origin().Obj() == tn
	case *types.Pointer:
		return mentionsTypeName(t.Elem(), tn)
	case *types.Slice:
		return mentionsTypeName(t.Elem(), tn)
	case *types.Array:
		return mentionsTypeName(t.Elem(), tn)
	case *types.Map:
		return mentionsTypeName(t.Key(), tn) || mentionsTypeName(t.Elem(), tn)
	case *types.Chan:
		return mentionsTypeName(t.Elem(), tn)
	}
	return false
}
