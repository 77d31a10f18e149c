package frontend

import (
	"fmt"
	"go/ast"
	"go/types"
)

// Functions that call recover, used as values.
//
// yaegi v0.16.1's recover reads the panic from the frame a function value
// was made in, not from the function that defers the call: a function
// that calls recover, deferred through a variable, a parameter, a field, a
// map element or a call's result (h := func() { ... recover() ... };
// defer h(), or func withHandler(h func()) { defer h(); ... }), got nil,
// and the panic went on: the program ended where Go's recovered; and one
// passed as a value and called by a deferred function (defer func(h
// func()) { h() }(handle)) recovered the panic, where Go's recover, not
// called by the deferred function itself, gets nil. A function literal
// deferred where it is written (defer func() { ... }()), a declared
// function or method deferred by its name (defer handle(), defer
// g.catch()) and a method called through an interface work. So a
// function that calls recover (a literal, a declared function, a method,
// or a method of an interface or type parameter that a method of the
// program of that name implements) used as a value, rather than called
// where it is named, is refused, with the way around. At the prompt the
// functions and methods earlier inputs declared count
// (FrontEnd.recoverFuncs).

// refuseRecoverValues returns the error for the segment's first use of a
// function that calls recover as a value.
func (w *rewriter) refuseRecoverValues() error {
	info := w.info()
	if info == nil {
		return nil
	}
	// The segment's functions ("f") and methods ("T.M", and ".M" for any
	// method so named): whether they call recover.
	decls := map[string]bool{}
	for _, d := range w.file.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Body == nil {
			continue
		}
		calls := recoverIn(info, fd.Body)
		keys := []string{fd.Name.Name}
		if fd.Recv != nil {
			keys = []string{"." + fd.Name.Name}
			if t := info.TypeOf(fd.Recv.List[0].Type); t != nil {
				if n, ok := types.Unalias(derefType(t)).(*types.Named); ok {
					keys = append(keys, n.Obj().Name()+"."+fd.Name.Name)
				}
			}
		}
		for _, key := range keys {
			decls[key] = decls[key] || calls
		}
	}
	w.plan.recoverDecls = decls
	known := func(key string) bool {
		if calls, ok := decls[key]; ok && (calls || key[0] != '.') {
			return calls
		}
		return w.fe.recoverFuncs[key]
	}
	recovers := func(obj types.Object) bool {
		fn, ok := obj.(*types.Func)
		if !ok || fn.Pkg() == nil {
			return false
		}
		recv := fn.Signature().Recv()
		if recv == nil {
			return fn.Pkg().Path() == "main" && known(fn.Name())
		}
		n, named := types.Unalias(derefType(recv.Type())).(*types.Named)
		if named && !types.IsInterface(n) && fn.Pkg().Path() == "main" {
			return known(n.Obj().Name() + "." + fn.Name()) // that type's own method
		}
		if named && !types.IsInterface(n) {
			return false // a compiled type's method
		}
		// A method of an interface (io.Closer's Close too) or of a type
		// parameter: any method of the program's so named.
		return known("." + fn.Name())
	}
	called := calledFuncs(w.file)
	var err error
	ast.Inspect(w.file, func(n ast.Node) bool {
		if err != nil {
			return false
		}
		var what string
		switch n := n.(type) {
		case *ast.FuncLit:
			if !called[n] && recoverIn(info, n.Body) {
				what = "a function literal that calls recover"
			}
		case *ast.SelectorExpr:
			sel := info.Selections[n]
			if sel == nil || sel.Kind() == types.FieldVal || !recovers(sel.Obj()) {
				return true
			}
			// A method expression is a function value even where it is
			// called ((*guard).catch(g)).
			if !called[n] || sel.Kind() == types.MethodExpr {
				what = fmt.Sprintf("%s, whose method %s calls recover,", w.text(n), sel.Obj().Name())
			}
		case *ast.Ident:
			if !called[n] && recovers(info.Uses[n]) {
				what = n.Name + ", which calls recover,"
			}
		}
		if what != "" {
			err = &Error{Pos: w.src.Position(w.offset(n.Pos())), Msg: what + " used as a value: the interpreter's recover in a function called through a value reads the panic of the function that made the value, not Go's (deferred so, it got nil and the panic went on; called by a deferred function, it recovered where Go's does not); defer a function literal that calls recover where it is written (defer func() { if r := recover(); r != nil { ... } }()), or a declared function by its name (defer handle())"}
		}
		return err == nil
	})
	return err
}

// calledFuncs returns the expressions of file that are called where they
// stand: a call's function, through parentheses and instantiations
// (Catch[string](&msg)).
func calledFuncs(file *ast.File) map[ast.Node]bool {
	called := map[ast.Node]bool{}
	ast.Inspect(file, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok {
			f := call.Fun
			for {
				switch x := f.(type) {
				case *ast.ParenExpr:
					f = x.X
					continue
				case *ast.IndexExpr:
					f = x.X
					continue
				case *ast.IndexListExpr:
					f = x.X
					continue
				}
				break
			}
			called[f] = true
			if sel, ok := f.(*ast.SelectorExpr); ok {
				called[sel.Sel] = true
			}
		}
		return true
	})
	return called
}
