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
	decls := map[string]bool{} // the segment's functions ("f") and methods (".M"): whether they call recover
	for _, d := range w.file.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Body == nil {
			continue
		}
		key := fd.Name.Name
		if fd.Recv != nil {
			key = "." + key
		}
		decls[key] = decls[key] || callsRecover(info, fd.Body)
	}
	w.plan.recoverDecls = decls
	recovers := func(obj types.Object) bool {
		fn, ok := obj.(*types.Func)
		if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "main" {
			return false
		}
		key := fn.Name()
		if fn.Signature().Recv() != nil {
			key = "." + key // by name: an interface's method is any method so named
		}
		if calls, ok := decls[key]; ok {
			return calls || fn.Signature().Recv() != nil && w.fe.recoverFuncs[key]
		}
		return w.fe.recoverFuncs[key]
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
			if !called[n] && callsRecover(info, n.Body) {
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

// callsRecover reports whether body calls the built-in recover itself
// (not in a function literal it holds).
func callsRecover(info *types.Info, body *ast.BlockStmt) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.CallExpr:
			if id, ok := ast.Unparen(n.Fun).(*ast.Ident); ok {
				if b, ok := info.Uses[id].(*types.Builtin); ok && b.Name() == "recover" {
					found = true
				}
			}
		}
		return !found
	})
	return found
}
