package frontend

import (
	"go/ast"
	"go/types"
)

// Function literals passed to a call are made in a frame of their own.
//
// yaegi v0.16.1 hands a literal passed straight to compiled code the
// variables of the calling frame as they are when it runs, not the ones it
// was made with (a callback made in a loop would see the last
// iteration's); a literal made as a closure first (in parentheses, say)
// captures them, but each time the closure returns, the interpreter
// writes the slot of the calling frame that held the closure back to what
// it held before the closure was made, so a closure that runs on another
// goroutine (a go statement's, an executor's, a timer's) can overwrite the
// next closure the caller makes there before the caller has passed it on:
// a goroutine started in a loop then ran another iteration's closure.
// Made inside a call of its own, the closure's slot is that call's frame,
// which nothing else uses:
//
//	l.RunInExecutor(func() any { return i * i })
//
// becomes
//
//	l.RunInExecutor(func() func() any { return func() any { return i * i } }())
//
// The wrapper is one more interpreted call (about 1 µs) each time the
// literal is evaluated. It is left out, and the literal only put in
// parentheses to be made as a closure, where the literal cannot outlive
// the call it is passed to, so that it runs only while the caller waits:
// nothing can change the caller's variables or its slot meanwhile. That is
// so for the functions of sort, strings, bytes, slices and maps that
// return no function (sort.Slice(s, less), strings.Map(f, s),
// slices.SortFunc(s, cmp); not strings.FieldsFuncSeq, whose iterator keeps
// f), and for a function of the same input whose parameter is only called
// in its body (apply(f func(int) int, x int) int { return f(x) }), or
// only passed on to such a parameter (a recursive walk that hands f down).
// A call in a go or defer statement keeps the wrapper: it runs after the
// caller has gone on.

// parenFuncLits makes each function literal among call's arguments in a
// frame of its own, unless it cannot outlive the call. parent is the node
// around call.
func (w *rewriter) parenFuncLits(call *ast.CallExpr, parent ast.Node) {
	for i, a := range call.Args {
		lit, ok := a.(*ast.FuncLit)
		if !ok {
			continue
		}
		switch parent.(type) {
		case *ast.GoStmt, *ast.DeferStmt:
		default:
			if w.litStaysInCall(call, i) {
				// Made as a closure first, which a literal passed
				// straight to compiled code is not.
				w.add(w.offset(lit.Pos()), w.offset(lit.Pos()), "(", 10)
				w.add(w.offset(lit.End()), w.offset(lit.End()), ")", -10)
				continue
			}
		}
		w.privateLit(lit)
	}
}

// privateLit makes lit in a frame of its own (see parenFuncLits).
func (w *rewriter) privateLit(lit *ast.FuncLit) {
	typ := w.src.Text[w.offset(lit.Type.Pos()):w.offset(lit.Type.End())]
	w.add(w.offset(lit.Pos()), w.offset(lit.Pos()), "func() "+typ+" { return ", 10)
	w.add(w.offset(lit.End()), w.offset(lit.End()), " }()", -10)
}

// synchronousPkgs are the compiled packages whose functions call the
// functions they are given only before they return, unless they return a
// function (an iterator) that keeps them.
var synchronousPkgs = map[string]bool{"sort": true, "strings": true, "bytes": true, "slices": true, "maps": true}

// litStaysInCall reports whether the function passed as call's argument
// i cannot be called after call returns (see parenFuncLits).
func (w *rewriter) litStaysInCall(call *ast.CallExpr, i int) bool {
	info := w.plan.Checked.infoOrNil()
	if info == nil {
		return false
	}
	fn := staticCallee(info, call)
	if fn == nil {
		return false
	}
	sig := fn.Signature()
	if sig.Recv() != nil {
		return false
	}
	if fn.Pkg() != nil && synchronousPkgs[fn.Pkg().Path()] {
		for r := range sig.Results().Variables() {
			if _, isFunc := r.Type().Underlying().(*types.Signature); isFunc {
				return false
			}
		}
		return true
	}
	params := w.onlyCalledParams()[fn.Origin()]
	return i < len(params) && params[i] && !(sig.Variadic() && i >= sig.Params().Len()-1)
}

// calledFunc returns the package-level function call calls statically
// (f(x), pkg.F(x), f[int](x)), or nil.
func staticCallee(info *types.Info, call *ast.CallExpr) *types.Func {
	id := calleeIdent(call.Fun)
	if id == nil {
		return nil
	}
	if fn, ok := info.Uses[id].(*types.Func); ok && fn.Signature().Recv() == nil {
		return fn
	}
	return nil
}

// onlyCalledParams returns, for each function the segment declares, which
// of its parameters of function type it only calls (not in a go or defer
// statement, not in a function literal) or passes on as such a parameter
// of a function of the segment: the fixed point from all of them down.
func (w *rewriter) onlyCalledParams() map[*types.Func][]bool {
	if w.calledParams != nil {
		return w.calledParams
	}
	info := w.plan.Checked.infoOrNil()
	w.calledParams = map[*types.Func][]bool{}
	decls := map[*types.Func]*ast.FuncDecl{}
	owner := map[*types.Var]struct {
		fn *types.Func
		i  int
	}{}
	for _, d := range w.file.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Body == nil || fd.Recv != nil {
			continue
		}
		fn, ok := info.Defs[fd.Name].(*types.Func)
		if !ok {
			continue
		}
		decls[fn] = fd
		params := fn.Signature().Params()
		ok = false
		flags := make([]bool, params.Len())
		for i := range flags {
			if _, isFunc := params.At(i).Type().Underlying().(*types.Signature); isFunc {
				flags[i], ok = true, true
				owner[params.At(i)] = struct {
					fn *types.Func
					i  int
				}{fn, i}
			}
		}
		if ok {
			w.calledParams[fn] = flags
		}
	}
	for changed := true; changed; {
		changed = false
		for fn, fd := range decls {
			flags := w.calledParams[fn]
			if flags == nil {
				continue
			}
			var stack []ast.Node
			ast.Inspect(fd.Body, func(n ast.Node) bool {
				if n == nil {
					stack = stack[:len(stack)-1]
					return false
				}
				stack = append(stack, n)
				id, ok := n.(*ast.Ident)
				if !ok {
					return true
				}
				v, ok := info.Uses[id].(*types.Var)
				if !ok {
					return true
				}
				o, ok := owner[v]
				if !ok || o.fn != fn || !flags[o.i] {
					return true
				}
				if !w.stillCalled(info, stack, owner) {
					flags[o.i] = false
					changed = true
				}
				return true
			})
		}
	}
	return w.calledParams
}

// stillCalled reports whether the parameter whose use ends stack is
// called there, or passed on as a parameter still taken to be only
// called, outside go and defer statements and function literals.
func (w *rewriter) stillCalled(info *types.Info, stack []ast.Node, owner map[*types.Var]struct {
	fn *types.Func
	i  int
}) bool {
	use := stack[len(stack)-1].(ast.Expr)
	for _, n := range stack {
		switch n.(type) {
		case *ast.FuncLit, *ast.GoStmt, *ast.DeferStmt:
			return false
		}
	}
	i := len(stack) - 2
	for i >= 0 {
		if _, ok := stack[i].(*ast.ParenExpr); !ok {
			break
		}
		i--
	}
	if i < 0 {
		return false
	}
	call, ok := stack[i].(*ast.CallExpr)
	if !ok {
		return false
	}
	if ast.Unparen(call.Fun) == use {
		return true
	}
	callee := staticCallee(info, call)
	if callee == nil {
		return false
	}
	for j, a := range call.Args {
		if ast.Unparen(a) == use {
			flags := w.calledParams[callee.Origin()]
			return j < len(flags) && flags[j] && !(callee.Signature().Variadic() && j >= callee.Signature().Params().Len()-1)
		}
	}
	return false
}
