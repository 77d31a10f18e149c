package frontend

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strconv"

	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"
)

// Lowering: a value copied when it is converted to an interface.
//
// In Go, converting a value to an interface copies it: later changes to
// the variable it came from do not show through the interface. yaegi
// v0.16.1, for a value whose type has methods (its own or promoted, or a
// pointer to such a type) or is a type parameter, keeps in the interface
// the interpreter's handle on the place the value was read from (the
// variable, the field or element, or the frame slot a temporary reuses),
// not a copy; the wrapper it makes for a compiled interface with methods
// holds the same handle. So
//
//	p := P{1}; var a any = p; p.X = 100   // a.(P).X was 100
//	for _, c := range []Color{0, 1, 2} {  // with Color.String, every
//		all = append(all, c)              // element was blue
//	}
//
// and the same for a value assigned, passed to a function that keeps it
// (an interpreted one, or a compiled one taking an interface with methods,
// as sort.Reverse), returned (a deferred call changing the variable after
// return showed through), sent on a channel, stored in a composite
// literal, a map or a struct field, appended, or assigned by a range over
// it (for _, s = range ps, s an interface). A value of a type without
// methods, or of a compiled type, is copied as it should be.
//
// The pass writes each such conversion's operand x, of type T, as
//
//	[]T{x}[0]
//
// whose slice literal has a new backing array at every evaluation that
// nothing else refers to: the copy Go's conversion makes. It costs one
// small allocation (about a tenth more for an append of the value in a
// loop). That is not enough for a compiled interface with methods
// (fmt.Stringer, io.Writer, sort.Interface, error): the interpreter's
// wrapper reads the value's place again at each method call, so the
// conversion happens in a function of its own, whose frame nothing else
// uses,
//
//	__repl_iface1(x)                   // func __repl_iface1(__v T) I { return __v }, added to the code
//	func(__v T) I { return __v }(x)    // where T or I cannot be named at the top level
//
// A value of a type parameter goes through such a function for an
// interface of the program with methods too: converted (Stringer([]T{v}[0]), in a
// function instantiated with type myint int), it reached the interface's
// methods unboxed ("reflect: call of reflect.Value.NumField on int
// Value"); returned as the interface, it is boxed right.
//
// The interface's package is imported as __repl_NAME where the code
// does not import it (io for fmt.Fprintf's io.Writer). A function
// literal's call costs far more than a function's (the interpreter copies
// the enclosing frame). The functions an input's statements call are
// declared before the statements run (declareIfaceCopies).
//
// Left as they are: constants and composite literals (new at every
// evaluation; but one of array, slice or map type in a loop, built in one
// place of its frame, is copied, and so is one of struct type in a loop
// converted to a compiled interface with methods, whose wrapper holds the
// place of the frame the literal was in), except in the variadic parameter
// of a compiled function of a compiled interface with methods
// (io.MultiWriter's ...io.Writer, io.MultiReader's), where the interpreter
// does not wrap them at all (io.MultiWriter(os.Stdout, countW{&n}) failed:
// "cannot use struct { ... } as io.Writer value in argument") and they go
// through the function above; &T{...} returned (the frame that holds it
// ends), the arguments of compiled functions taking any (the interpreter
// copies them) or calling an interface's methods without keeping it
// (fmt.Fprintf, io.Copy, sort.Sort: see usesOnly), and the values of error
// types the error lowerings box or pass to a function (lower_errbox.go,
// lower_typednil.go).
//
// Refused before it runs, with its position and the way around: such a
// conversion of a value whose type cannot be named where the conversion
// is (a package-level type shadowed by a local one of the same name).

// ifaceCopyType reports whether a value of type t, converted to an
// interface, must be copied first (see the doc above).
func ifaceCopyType(t types.Type) bool {
	if t == nil {
		return false
	}
	if _, ok := types.Unalias(t).(*types.TypeParam); ok {
		return true
	}
	if types.IsInterface(t) || types.NewMethodSet(t).Len() == 0 {
		return false
	}
	named := types.Unalias(t)
	if p, ok := named.(*types.Pointer); ok {
		named = types.Unalias(p.Elem())
	}
	if n, ok := named.(*types.Named); ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() != "main" {
		return false // a compiled type: reflection copies it
	}
	return true
}

// isIfaceTarget reports whether t is an interface type a value is
// converted to (not a type parameter, whose constraint is an interface).
func isIfaceTarget(t types.Type) bool {
	if t == nil {
		return false
	}
	if _, ok := types.Unalias(t).(*types.TypeParam); ok {
		return false
	}
	return types.IsInterface(t)
}

// ifaceCopy returns the prefix and suffix that convert a value of type t,
// written between them, to the interface target at pos as a copy (see the
// doc above); ok is false when t or target cannot be written there.
func (w *rewriter) ifaceCopy(t, target types.Type, pos token.Pos) (prefix, suffix string, ok bool) {
	typ, ok := w.typeSource(t, pos)
	if !ok {
		return "", "", false
	}
	_, param := types.Unalias(t).(*types.TypeParam)
	if iface, ok := target.Underlying().(*types.Interface); ok && iface.NumMethods() == 0 {
		param = false // held with its type's name by lower_heldname.go
	}
	if !compiledIface(target) && !param {
		return "[]" + typ + "{", "}[0]", true
	}
	iface, ok := w.ifaceSource(target, pos)
	if !ok {
		return "", "", false
	}
	// A function of the code's own where both types can be named at the
	// top level: a call of a function literal costs far more.
	top := w.file.Name.Pos()
	if typ0, ok := w.typeSource(t, top); ok && typ0 == typ {
		if iface0, ok := w.typeSource(target, top); ok && iface0 == iface {
			return w.ifaceCopyFunc(typ, iface) + "(", ")", true
		}
	}
	return "func(__v " + typ + ") " + iface + " { return __v }(", ")", true
}

// ifaceCopyFunc returns the name of the function that converts a value of
// type typ to the interface iface, declaring it with the code the first
// time (for the statements of an input, before they run: see
// declareIfaceCopies).
func (w *rewriter) ifaceCopyFunc(typ, iface string) string {
	key := typ + " " + iface
	if name := w.ifaceCopyFuncs[key]; name != "" {
		return name
	}
	if w.ifaceCopyFuncs == nil {
		w.ifaceCopyFuncs = map[string]string{}
	}
	name := w.tmpName("repl_iface")
	w.ifaceCopyFuncs[key] = name
	w.IfaceCopyDecls += fmt.Sprintf("\nfunc %s(__v %s) %s { return __v }\n", name, typ, iface)
	return name
}

// ifaceSource returns t, an interface type, as source at pos, importing
// its package for it where the code has no name for it (importIface).
func (w *rewriter) ifaceSource(t types.Type, pos token.Pos) (string, bool) {
	if src, ok := w.typeSource(t, pos); ok {
		return src, true
	}
	if w.importIface(t) {
		return w.typeSource(t, pos)
	}
	return "", false
}

// importIface imports the package of the compiled interface t where the
// code has no name for it (io for io.Writer, the parameter of
// fmt.Fprintf), as __repl_NAME, and reports whether it did.
func (w *rewriter) importIface(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || !n.Obj().Exported() || n.TypeArgs().Len() > 0 {
		return false
	}
	path := n.Obj().Pkg().Path()
	if w.extraImports[path] != "" {
		return false
	}
	name := "__repl_" + n.Obj().Pkg().Name()
	if w.extraImports == nil {
		w.extraImports = map[string]string{}
	}
	w.extraImports[path] = name
	if w.src.Interactive() {
		w.plan.AutoImports[name] = path // made by the session
		return true
	}
	if !w.importOnce(name + " " + path) {
		at := w.offset(w.file.Name.End())
		w.add(at, at, "; import "+name+" "+strconv.Quote(path), 0)
	}
	return true
}

// compiledIface reports whether t is an interface with methods of a
// compiled package, or error: the interpreter's wrapper of a value held as
// one calls its methods on the value's place at each call (see the doc
// above).
func compiledIface(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || !types.IsInterface(n) || n.Underlying().(*types.Interface).NumMethods() == 0 {
		return false
	}
	return n.Obj().Pkg() == nil || n.Obj().Pkg().Path() != "main"
}

// lowerIfaceCopies copies the values the doc above describes.
func (w *rewriter) lowerIfaceCopies(in *inspector.Inspector) error {
	info := w.info()
	var err error
	w.conversions(in, func(e ast.Expr, target types.Type, call *ast.CallExpr, ret bool) {
		if err != nil || !isIfaceTarget(target) {
			return
		}
		tv := info.Types[e]
		t := tv.Type
		if tv.IsNil() || !ifaceCopyType(t) {
			return
		}
		variadic := call != nil && compiledIface(target) && compiledCallee(info, call) && variadicArg(info, call, e)
		if tv.Value != nil && !variadic {
			return
		}
		if lit, ok := ast.Unparen(e).(*ast.CompositeLit); ok && !variadic {
			if _, isStruct := t.Underlying().(*types.Struct); isStruct && !compiledIface(target) || !w.repeatedLits[lit] {
				return // new at every evaluation
			}
			// One of array, slice or map type is built in one place of
			// the frame: in a loop, the last iteration's showed through
			// every conversion (see lower_complitloop.go). A struct one
			// is built apart, but held by a compiled interface's wrapper
			// in a place of the frame the next iteration's takes: in a
			// []fmt.Stringer appended P{i} to, every element was P{2}.
		}
		if ret && isAddrOfLit(e) {
			return // a new value, and the frame that holds it ends
		}
		if isErrorType(target) && (boxedErrorType(t) || w.typedNilWraps(e, t)) || isStringerType(target) && w.typedNilStringerWraps(e, t) || w.typedNilOtherWraps(e, t, target) || w.typedNilParamWrapped(e, target) {
			return // boxed or passed to a function literal: copied (lower_typednil.go)
		}
		if call != nil && compiledCallee(info, call) && !variadic {
			if name := calleeName(info, call); types.NewMethodSet(target).Len() == 0 || usesOnly[name] && !mappedCallee[name] {
				return // reflection copies the argument, or the callee keeps nothing
			}
		}
		prefix, suffix, ok := w.ifaceCopy(t, target, e.Pos())
		if !ok {
			name := types.TypeString(t, w.qualifier())
			err = &Error{Pos: w.src.Position(w.offset(e.Pos())), Msg: fmt.Sprintf(
				"a value of type %s held as %s, where a local type hides the name %s: the interpreter would not copy it (rename the local type)",
				name, types.TypeString(target, w.qualifier()), name)}
			return
		}
		end := w.offset(e.End())
		prio := 2
		if tv.Value != nil {
			prio = 3 // before the constant's value written in its place
		}
		if _, deref := ast.Unparen(e).(*ast.StarExpr); deref {
			prio = 4 // around the nil check of the pointer (lower_nilderef.go), which ends where *p does
		}
		w.wrapArg(e, prefix, -prio)
		w.add(end, end, suffix, prio)
	})
	return err
}

// variadicArg reports whether e is one of the arguments call passes in
// its variadic parameter.
func variadicArg(info *types.Info, call *ast.CallExpr, e ast.Expr) bool {
	sig, ok := underlying(info.TypeOf(call.Fun)).(*types.Signature)
	if !ok || !sig.Variadic() || call.Ellipsis.IsValid() {
		return false
	}
	for i, a := range call.Args {
		if a == e {
			return i >= sig.Params().Len()-1
		}
	}
	return false
}

// usesOnly are compiled functions that call the methods of their interface
// arguments but keep none of them: an argument need not be copied.
var usesOnly = map[string]bool{
	"fmt.Fprint": true, "fmt.Fprintf": true, "fmt.Fprintln": true,
	"fmt.Fscan": true, "fmt.Fscanf": true, "fmt.Fscanln": true,
	"io.Copy": true, "io.CopyN": true, "io.CopyBuffer": true, "io.ReadAll": true,
	"io.ReadFull": true, "io.ReadAtLeast": true, "io.WriteString": true,
	"sort.Sort": true, "sort.Stable": true, "sort.IsSorted": true,
	"container/heap.Init": true, "container/heap.Push": true, "container/heap.Pop": true,
	"container/heap.Fix": true, "container/heap.Remove": true,
}

// mappedCallee are the compiled functions whose every argument of an
// interpreted value the interpreter wraps by the interfaces fmt looks
// for (fmt.Stringer, error: the MapTypes of stdlib_bindings/std), the
// writer or reader too: a value of the program's with String given as
// fmt.Fprintf's io.Writer came as a fmt.Stringer ("reflect: Call using
// std._fmt_Stringer as type io.Writer"). Converted to the interface by a
// function of the code's own first, it is held as the interface.
var mappedCallee = map[string]bool{
	"fmt.Fprint": true, "fmt.Fprintf": true, "fmt.Fprintln": true,
	"fmt.Fscan": true, "fmt.Fscanf": true, "fmt.Fscanln": true,
}

// calleeName returns the path-qualified name of the package-level function
// call calls ("fmt.Fprintf"), or "".
func calleeName(info *types.Info, call *ast.CallExpr) string {
	fn, ok := typeutil.Callee(info, call).(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Signature().Recv() != nil {
		return ""
	}
	return fn.Pkg().Path() + "." + fn.Name()
}

// isAddrOfLit reports whether e is &T{...}.
func isAddrOfLit(e ast.Expr) bool {
	u, ok := ast.Unparen(e).(*ast.UnaryExpr)
	if !ok || u.Op != token.AND {
		return false
	}
	_, ok = ast.Unparen(u.X).(*ast.CompositeLit)
	return ok
}

// compiledCallee reports whether call calls a function or method of a
// compiled package (not a generic one, which the prelude may stand in
// for; see lower_stdgeneric.go).
func compiledCallee(info *types.Info, call *ast.CallExpr) bool {
	fn, ok := typeutil.Callee(info, call).(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg().Path() == "main" {
		return false
	}
	if sig := fn.Signature(); sig.TypeParams().Len() > 0 || sig.RecvTypeParams().Len() > 0 {
		return false
	}
	if recv := fn.Signature().Recv(); recv != nil && types.IsInterface(recv.Type()) {
		return false // a method of an interface: the value's may be the program's
	}
	return true
}

// conversions calls visit for each expression the program converts to the
// type a context gives it, where the type checker tells that type: the
// right-hand side of an assignment (=, and := to a variable declared
// before), the values of a var with a type, the arguments of a call
// (variadic ones one by one; call is the call) and of a conversion, the
// results of a return, the elements, keys and fields of a composite
// literal, and the value of a send. ret says e is a returned result.
func (w *rewriter) conversions(in *inspector.Inspector, visit func(e ast.Expr, target types.Type, call *ast.CallExpr, ret bool)) {
	info := w.info()
	var sigs []*types.Signature // of the enclosing functions
	in.Nodes([]ast.Node{(*ast.FuncDecl)(nil), (*ast.FuncLit)(nil), (*ast.ReturnStmt)(nil), (*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil), (*ast.CallExpr)(nil), (*ast.CompositeLit)(nil), (*ast.SendStmt)(nil)}, func(n ast.Node, push bool) bool {
		switch n := n.(type) {
		case *ast.FuncDecl:
			if push {
				var sig *types.Signature
				if fn, ok := info.Defs[n.Name].(*types.Func); ok {
					sig = fn.Signature()
				}
				sigs = append(sigs, sig)
			} else {
				sigs = sigs[:len(sigs)-1]
			}
		case *ast.FuncLit:
			if push {
				sig, _ := info.TypeOf(n).(*types.Signature)
				sigs = append(sigs, sig)
			} else {
				sigs = sigs[:len(sigs)-1]
			}
		}
		if !push {
			return true
		}
		switch n := n.(type) {
		case *ast.SendStmt:
			if ch, ok := underlying(info.TypeOf(n.Chan)).(*types.Chan); ok {
				visit(n.Value, ch.Elem(), nil, false)
			}
		case *ast.CompositeLit:
			t := info.TypeOf(n)
			if t == nil {
				break
			}
			if p, ok := t.Underlying().(*types.Pointer); ok {
				t = p.Elem()
			}
			switch u := t.Underlying().(type) {
			case *types.Struct:
				for i, e := range n.Elts {
					if kv, ok := e.(*ast.KeyValueExpr); ok {
						if id, ok := kv.Key.(*ast.Ident); ok {
							if f, ok := info.Uses[id].(*types.Var); ok {
								visit(kv.Value, f.Type(), nil, false)
							}
						}
					} else if i < u.NumFields() {
						visit(e, u.Field(i).Type(), nil, false)
					}
				}
			case *types.Slice, *types.Array, *types.Map:
				var key, elem types.Type
				switch u := u.(type) {
				case *types.Slice:
					elem = u.Elem()
				case *types.Array:
					elem = u.Elem()
				case *types.Map:
					key, elem = u.Key(), u.Elem()
				}
				for _, e := range n.Elts {
					if kv, ok := e.(*ast.KeyValueExpr); ok {
						if key != nil {
							visit(kv.Key, key, nil, false)
						}
						visit(kv.Value, elem, nil, false)
					} else {
						visit(e, elem, nil, false)
					}
				}
			}
		case *ast.ReturnStmt:
			if len(sigs) > 0 && sigs[len(sigs)-1] != nil {
				if r := sigs[len(sigs)-1].Results(); r.Len() == len(n.Results) {
					for i, e := range n.Results {
						visit(e, r.At(i).Type(), nil, true)
					}
				}
			}
		case *ast.AssignStmt:
			if (n.Tok == token.ASSIGN || n.Tok == token.DEFINE) && len(n.Lhs) == len(n.Rhs) {
				for i, e := range n.Rhs {
					if !isBlank(n.Lhs[i]) {
						visit(e, info.TypeOf(n.Lhs[i]), nil, false)
					}
				}
			}
		case *ast.ValueSpec:
			if n.Type != nil && len(n.Names) == len(n.Values) {
				for _, e := range n.Values {
					visit(e, info.TypeOf(n.Type), nil, false)
				}
			}
		case *ast.CallExpr:
			if tv := info.Types[n.Fun]; tv.IsType() {
				if len(n.Args) == 1 {
					visit(n.Args[0], tv.Type, n, false)
				}
				break
			}
			ft := info.TypeOf(n.Fun)
			if ft == nil {
				break
			}
			sig, ok := ft.Underlying().(*types.Signature)
			if !ok || n.Ellipsis.IsValid() {
				break
			}
			for i, e := range n.Args {
				var p types.Type
				switch {
				case sig.Variadic() && i >= sig.Params().Len()-1:
					if s, ok := sig.Params().At(sig.Params().Len() - 1).Type().Underlying().(*types.Slice); ok {
						p = s.Elem()
					}
				case i < sig.Params().Len():
					p = sig.Params().At(i).Type()
				}
				visit(e, p, n, false)
			}
		}
		return true
	})
}
