package frontend

import (
	"fmt"
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
)

// Lowering: a method called on a nil interface, or on a nil pointer an
// interface holds whose method has a value receiver.
//
// Go panics with its run-time error in both: "invalid memory address or
// nil pointer dereference" for i.M() with i nil, and "value method
// main.T.M called using nil *T pointer" for i.M() with i holding a nil *T
// and M declared on T. yaegi v0.16.1 panics in reflection's words
// ("reflect: call of reflect.Value.Interface on zero Value", "... Set on
// zero Value"), so a program that recovers saw no runtime.Error and
// another message.
//
// Where the type checker sees a method of an interface, or of a type
// parameter, called on a variable, the variable is checked by a statement
// of its own before the statement holding the call, where that panics
// where Go would (as the nil checks of lower_nilderef.go): against nil,
// and, for an interface, against a nil pointer to each named type of the
// program with a value method of that name whose pointer implements the
// interface:
//
//	s.Area()  ->  if __p, __ok := s.(*Square); __ok && __p == nil { panic(__repl.NilValueMethod("main.Square.Area", "Square", "f.go:9:4")) }
//	              if s == nil { panic(__repl.NilDeref("f.go:9:4")) }; s.Area()
//	p.M()     ->  if __repl.IsNil(p) { panic(__repl.NilDeref("f.go:3:4")) }; p.M()   (p of a type parameter)
//
// Interfaces of compiled packages (error, fmt.Stringer) are left alone in
// a call: yaegi panics as Go does for a nil one, and for a nil pointer in
// one Go's own answer depends on its compiler (a call it devirtualizes
// says "invalid memory address", not "value method"). A method value of
// one (f := st.String) is checked against nil: yaegi made it, and the
// call panicked later, if at all.
//
// A method value i.M (not called there) is checked against nil alone: Go
// panics there for a nil i, and for a nil *T only when it is called.
//
// In defer i.M() and go i.M(), only the check against nil is made before
// the statement: Go evaluates i.M there, which panics for a nil i, but
// calls M, which panics for a nil *T, when the deferred call runs (and
// the interpreter panics then too, in reflection's words).
//
// A type with a twin in the program (another type of the same underlying
// type) gets no check: the interpreter's assertion to *T holds for a
// pointer to its twin too, and the check would panic for a method that
// has a pointer receiver there.
//
// The check of a type parameter's variable finds only a nil interface (a
// nil pointer in an any is not nil), so it is made only where the type
// argument may be an interface: where the constraint lists no types
// (func area[S Shape](s S), [T comparable]); under [T ~int | ~float64;
// M()] or [P interface{ *T; M() }] the call is left as it is, and costs
// no call of a compiled helper (about 0.5 µs) more.
//
// A receiver of an interface of the program other than a variable is
// checked too: fields of a variable (b.S.Area()) by a statement before,
// anything else (f().Area(), s[i].Area(), m[k].Area()) by a function
// literal around it, which costs a call per method call (see
// checkNilOperand); so are the embedded fields a promoted method's call
// reads through (see checkPromotedPath). Method expressions of
// interfaces (I.M(nil)) check their receiver in the function literal they
// become (lower_methodexpr.go).

// lowerNilReceivers checks the receivers described above.
func (w *rewriter) lowerNilReceivers(in *inspector.Inspector) {
	info := w.info()
	c := w.plan.Checked
	checked := map[ast.Stmt]map[any]bool{}
	in.WithStack([]ast.Node{(*ast.CallExpr)(nil), (*ast.SelectorExpr)(nil)}, func(n ast.Node, push bool, stack []ast.Node) bool {
		if !push {
			return true
		}
		var call *ast.CallExpr // nil for a method value
		var sel *ast.SelectorExpr
		switch n := n.(type) {
		case *ast.CallExpr:
			s, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr)
			if !ok {
				return true
			}
			call, sel = n, s
		case *ast.SelectorExpr:
			if methodCalled(n, stack) {
				return true // the call's
			}
			sel = n
		}
		s := info.Selections[sel]
		if s == nil || s.Kind() != types.MethodVal {
			return true
		}
		if len(s.Index()) > 1 {
			if call != nil {
				// A method value's walk checks (lower_methodvalpath.go).
				w.checkPromotedPath(sel, s, stack, checked)
			}
			return true
		}
		recv := info.TypeOf(sel.X)
		tp, isParam := types.Unalias(recv).(*types.TypeParam)
		// A method value of a compiled interface (f := st.String with a
		// nil fmt.Stringer st): the interpreter made it, where Go panics.
		compiledValue := call == nil && !isParam && types.IsInterface(recv)
		if !isParam && !programInterface(recv) && !compiledValue {
			return true
		}
		if _, isIdent := ast.Unparen(sel.X).(*ast.Ident); !isIdent {
			if !isParam {
				w.checkNilOperand(sel, stack, checked, call != nil)
			}
			return true
		}
		if isParam && !mayBeInterface(tp) {
			return true // no nil interface to find: the call costs nothing more
		}
		var checks []string
		if iface, ok := recv.Underlying().(*types.Interface); ok && !isParam && c != nil && c.pkg != nil && call != nil && !deferredCall(call, stack) {
			checks = w.nilValueMethodChecks(iface, sel)
		}
		guard := func(name, pos string) string {
			out := ""
			for _, chk := range checks {
				out += fmt.Sprintf(chk, name, pos) + "; "
			}
			cond := name + " == nil"
			if isParam {
				// any(p) == nil panics in the interpreter for a struct.
				cond = HelperPkg + ".IsNil(" + name + ")"
			}
			return out + fmt.Sprintf("if %s { panic(%s.NilDeref(%q)) }", cond, HelperPkg, pos)
		}
		w.checkBefore(sel.X, sel.Sel.Pos(), stack, checked, guard, false)
		return true
	})
}

// checkNilOperand checks the interface sel.X, other than a variable,
// whose method sel selects: fields of a variable (b.S.Area()) by a
// statement before the statement holding it, as a variable's; anything
// else (f().Area(), s[i].Area(), m[k].Area()) through a function literal
// that panics with Go's run-time error when it is nil:
//
//	f().Area()  ->  func(__p Shape) Shape { __v := __p; if __v == nil { panic(__repl.NilDeref("f.go:9:6")) }; return __v }(f()).Area()
//
// A method value's operand (f().Area, not called) is checked by a
// statement only: lower_methodvalpath.go's rewriting moves it.
func (w *rewriter) checkNilOperand(sel *ast.SelectorExpr, stack []ast.Node, checked map[ast.Stmt]map[any]bool, called bool) {
	if !ifaceMayBeNil(w.info(), sel.X) {
		return
	}
	guard := simpleGuard("== nil", HelperPkg+".NilDeref")
	if name, ok := w.fieldsText(sel.X); ok && w.checkBeforeAs(name, name, sel.Sel.Pos(), stack, checked, guard, false) || !called {
		return
	}
	typ, ok := w.typeSource(w.info().TypeOf(sel.X), sel.X.Pos())
	if !ok {
		return
	}
	// The parameter goes to a variable first: the interpreter's __p ==
	// nil is false for a nil interface a call's result passed to it.
	open := fmt.Sprintf("func(__p %s) %s { __v := __p; if __v == nil { panic(%s.NilDeref(%q)) }; return __v }(", typ, typ, HelperPkg, w.src.Position(w.offset(sel.Sel.Pos())))
	if w.wrapOpOperand(sel.X, open, ")") {
		return
	}
	end := w.offset(sel.X.End())
	w.wrapArg(sel.X, open, -3)
	w.add(end, end, ")", 3)
}

// checkPromotedPath checks the embedded fields a promoted method's call
// goes through (sel selects the method, s is its selection), where Go
// panics with its run-time error: an embedded pointer read through
// (type Puppy struct{ *Dog }; p.Bark() with Bark declared on Dog, or a
// field of a nil pointer walked through), and an embedded interface of the
// program, which are nil. The checks are statements before the statement
// holding the call, where the receiver is a variable or its fields:
//
//	p.Bark()  ->  if p.Dog == nil { panic(__repl.NilDeref("f.go:9:4")) }; p.Bark()
func (w *rewriter) checkPromotedPath(sel *ast.SelectorExpr, s *types.Selection, stack []ast.Node, checked map[ast.Stmt]map[any]bool) {
	base, ok := w.fieldsText(sel.X)
	if !ok {
		return
	}
	sig, ok := s.Obj().Type().(*types.Signature)
	if !ok || sig.Recv() == nil {
		return
	}
	_, ptrRecv := types.Unalias(sig.Recv().Type()).(*types.Pointer)
	var checks []string
	text, t := base, s.Recv()
	path := s.Index()
	for _, fi := range path[:len(path)-1] {
		if p, isPtr := t.Underlying().(*types.Pointer); isPtr {
			checks = append(checks, text) // read through to the next field
			t = p.Elem()
		}
		st, ok := t.Underlying().(*types.Struct)
		if !ok {
			return
		}
		f := st.Field(fi)
		text += "." + w.interpFieldName(f) // (an embedded instance's, see lower_methodvalpath.go)
		t = f.Type()
	}
	if _, isPtr := t.Underlying().(*types.Pointer); isPtr && !ptrRecv {
		checks = append(checks, text)
	}
	if programInterface(t) {
		checks = append(checks, text)
	}
	if len(checks) == 0 {
		return
	}
	guard := func(_, pos string) string {
		out := ""
		for i, c := range checks {
			if i > 0 {
				out += "; "
			}
			out += fmt.Sprintf("if %s == nil { panic(%s.NilDeref(%q)) }", c, HelperPkg, pos)
		}
		return out
	}
	w.checkBeforeAs(base, checks[len(checks)-1], sel.Sel.Pos(), stack, checked, guard, false)
}

// ifaceMayBeNil reports whether the interface x may be nil: not the result of
// a one-result type assertion, nor the conversion of a value of another
// kind of type.
func ifaceMayBeNil(info *types.Info, x ast.Expr) bool {
	switch x := ast.Unparen(x).(type) {
	case *ast.TypeAssertExpr:
		return false
	case *ast.CallExpr:
		if tv, ok := info.Types[x.Fun]; ok && tv.IsType() && len(x.Args) == 1 {
			at := info.TypeOf(x.Args[0])
			if _, isParam := types.Unalias(at).(*types.TypeParam); !isParam && at != nil && !types.IsInterface(at) {
				return false
			}
		}
	}
	return true
}

// fieldsText returns the text of x where x is a variable or fields of one
// (b, b.S, b.inner.S), which a check may read again: reading it has no
// effect.
func (w *rewriter) fieldsText(x ast.Expr) (string, bool) {
	info := w.info()
	for e := ast.Unparen(x); ; {
		switch n := e.(type) {
		case *ast.Ident:
			if _, ok := info.Uses[n].(*types.Var); !ok {
				return "", false
			}
			return w.plainText(info, x, false)
		case *ast.SelectorExpr:
			if s := info.Selections[n]; s == nil || s.Kind() != types.FieldVal {
				return "", false
			}
			e = ast.Unparen(n.X)
		default:
			return "", false
		}
	}
}

// deferredCall reports whether call is the call of a defer or go
// statement, stack holding its parents.
func deferredCall(call *ast.CallExpr, stack []ast.Node) bool {
	if len(stack) < 2 {
		return false
	}
	switch s := stack[len(stack)-2].(type) {
	case *ast.DeferStmt:
		return s.Call == call
	case *ast.GoStmt:
		return s.Call == call
	}
	return false
}

// nilValueMethodChecks returns the checks, as formats of the variable's
// name and the position, that panic as Go does when an interface of type
// iface holds a nil pointer to a type of the program whose method sel
// names has a value receiver.
func (w *rewriter) nilValueMethodChecks(iface *types.Interface, sel *ast.SelectorExpr) []string {
	scope := w.plan.Checked.pkg.Scope()
	var checks []string
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() {
			continue
		}
		named, ok := tn.Type().(*types.Named)
		if !ok || named.TypeParams().Len() > 0 || types.IsInterface(named) {
			continue
		}
		valueMethod := false
		for m := range named.Methods() {
			if m.Name() != sel.Sel.Name {
				continue
			}
			if _, ptr := m.Signature().Recv().Type().(*types.Pointer); !ptr {
				valueMethod = true
			}
		}
		ptr := types.NewPointer(named)
		if !valueMethod || !types.Implements(ptr, iface) || hasTwin(scope, named) {
			continue
		}
		ts, ok := w.typeSource(ptr, sel.Pos())
		if !ok {
			continue
		}
		method := fmt.Sprintf("main.%s.%s", name, sel.Sel.Name)
		cond := "if __p, __ok := %[1]s.(" + ts + "); __ok && __p == nil"
		if w.mode != ModeScript {
			// At the prompt, code that declares the session's variables
			// runs at the package level, where the interpreter loses
			// the variables an if declares (see lower_topblocks.go).
			cond = "if func() bool { __p, __ok := %[1]s.(" + ts + "); return __ok && __p == nil }()"
		}
		checks = append(checks, cond+" { panic("+HelperPkg+
			fmt.Sprintf(".NilValueMethod(%q, %q, ", method, name)+"%[2]q)) }")
	}
	return checks
}

// mayBeInterface reports whether a type argument of tp may be an
// interface type: an interface implements the constraint only where the
// constraint's type set is not limited to the types its terms list (a
// union or a single type embedded), unless a term is itself an interface
// (int | any).
func mayBeInterface(tp *types.TypeParam) bool {
	iface, ok := tp.Constraint().Underlying().(*types.Interface)
	if !ok {
		return true
	}
	return !listsTypes(iface, map[*types.Interface]bool{})
}

// listsTypes reports whether iface, or an interface it embeds, limits its
// type set to the non-interface types of its terms.
func listsTypes(iface *types.Interface, seen map[*types.Interface]bool) bool {
	if seen[iface] {
		return false
	}
	seen[iface] = true
	for e := range iface.EmbeddedTypes() {
		switch u := e.Underlying().(type) {
		case *types.Interface:
			if listsTypes(u, seen) {
				return true
			}
		case *types.Union:
			limited := true
			for t := range u.Terms() {
				if types.IsInterface(t.Type()) {
					limited = false
				}
			}
			if limited {
				return true
			}
		default:
			if !types.IsInterface(e) {
				return true // interface{ *T; M() }
			}
		}
	}
	return false
}

// programInterface reports whether t is an interface type the program
// declares, or an interface literal.
func programInterface(t types.Type) bool {
	if !types.IsInterface(t) {
		return false
	}
	switch t := types.Unalias(t).(type) {
	case *types.Named:
		return t.Obj().Pkg() != nil && t.Obj().Pkg().Path() == "main"
	case *types.Interface:
		return true
	}
	return false
}

// hasTwin reports whether another type declared in scope has the same
// underlying type as t.
func hasTwin(scope *types.Scope, t *types.Named) bool {
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() || tn == t.Obj() {
			continue
		}
		if types.Identical(tn.Type().Underlying(), t.Underlying()) {
			return true
		}
	}
	return false
}
