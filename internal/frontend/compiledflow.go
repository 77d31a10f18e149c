package frontend

import (
	"go/ast"
	"go/token"
	"go/types"
)

// The values compiled code may have handed back.
//
// yaegi v0.16.1 hands compiled code a value of a named type that is not a
// struct in an interface as its representation, and compiled code hands
// it back so (lower_assertlost.go, lower_fmtheld.go): where the program
// has handed such a type to compiled code, a bare float64 taken out of a
// container/list may be a Celsius, and an assertion or a print of it is
// checked when it runs. A float64 json.Unmarshal made, or a []string of
// strings.Fields, is not such a value, and must not be checked: the check
// would panic on a value Go answers for.
//
// compiledFlow follows, through the segment's code, the values that may
// come from compiled code's interfaces:
//   - the sources: a field of a compiled struct type whose type mentions
//     an empty interface (e.Value of a *list.Element), a call of a
//     compiled function or method whose results mention one (heap.Pop,
//     m.Load, loop.Await), a parameter of such a type of a function
//     literal or function handed to compiled code (m.Range's callback),
//     and of a method of the program's (compiled code may call it through
//     an interface: heap.Interface's Push);
//   - what holds them: a variable, a field or a parameter assigned one, a
//     container built with one or appended one (and its elements), the
//     results of a function of the program's that returns one, the
//     variables a range over such a container declares;
//   - at the prompt, the session's variables an earlier input gave one,
//     and the results of its functions that return one
//     (sessionTwins.fromCompiled, by name; a method by "T.M"); there, the
//     parameters of every function may hold one (a later input may call
//     it with one).
//
// Arguments taken by a pointer (json.Unmarshal(b, &v)) are not sources:
// the compiled functions that fill an any through a pointer (decoders)
// make values of their own, never the program's types.
type compiledFlow struct {
	info    *types.Info
	objs    map[types.Object]bool     // variables, fields and parameters holding such values
	results map[*types.Signature]bool // functions of the program's returning them
	// methods names the program's methods by their signatures, and
	// methodResults are the names of those returning such values: a call
	// of an interface's method may call any of them.
	methods       map[*types.Signature]string
	methodResults map[string]bool
	addrTaken     []*types.Var    // the variables whose address is taken
	session       map[string]bool // the session's variables holding them, by name
	file          *ast.File
}

// newCompiledFlow follows the values of f's code (see above); session are
// the session's variables holding such values.
// interactive says f is an input at the prompt.
func newCompiledFlow(info *types.Info, f *ast.File, session map[string]bool, interactive bool) *compiledFlow {
	cf := &compiledFlow{info: info, objs: map[types.Object]bool{}, results: map[*types.Signature]bool{}, session: session, file: f,
		methods: map[*types.Signature]string{}, methodResults: map[string]bool{}}
	// The parameters compiled code may fill: methods' and callbacks' (at
	// the prompt, every function's).
	for _, d := range f.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && (fd.Recv != nil || interactive) {
			if fn, ok := info.Defs[fd.Name].(*types.Func); ok {
				cf.markParams(fn.Signature())
			}
		}
	}
	ast.Inspect(f, func(n ast.Node) bool {
		if lit, ok := n.(*ast.FuncLit); ok && interactive {
			if sig, ok := info.TypeOf(lit).(*types.Signature); ok {
				cf.markParams(sig)
			}
		}
		call, ok := n.(*ast.CallExpr)
		if !ok || !cf.compiledCall(call) {
			return true
		}
		for _, a := range call.Args {
			if sig, ok := types.Unalias(info.TypeOf(a)).(*types.Signature); ok {
				cf.markParams(sig)
				if fn, ok := info.Uses[calleeIdentOrSelf(a)].(*types.Func); ok {
					cf.markParams(fn.Origin().Signature())
				}
			}
		}
		return true
	})
	// The variables whose address the code takes (p := &v): a store
	// through a pointer may be a store to any of them.
	ast.Inspect(f, func(n ast.Node) bool {
		if u, ok := n.(*ast.UnaryExpr); ok && u.Op == token.AND {
			if id, ok := ast.Unparen(u.X).(*ast.Ident); ok {
				if o, ok := info.Uses[id].(*types.Var); ok {
					cf.addrTaken = append(cf.addrTaken, o)
				}
			}
		}
		return true
	})
	// Then what holds them, until nothing changes.
	for changed := true; changed; {
		changed = false
		mark := func(e ast.Expr) {
			for x := e; x != nil; {
				if o := cf.root(x); o != nil && !cf.objs[o] && mayHoldIface(o.Type()) {
					cf.objs[o] = true
					changed = true
				}
				// b.x = v: b holds it too (a variable of the session's
				// is told to later inputs by its name).
				x = nil
				if sel, ok := ast.Unparen(e).(*ast.SelectorExpr); ok {
					if s, ok := info.Selections[sel]; ok && s.Kind() == types.FieldVal {
						x, e = sel.X, sel.X
					}
				}
			}
			if star, ok := ast.Unparen(e).(*ast.StarExpr); ok {
				// *p = x: any variable p may point to.
				t := info.TypeOf(star)
				for _, o := range cf.addrTaken {
					if !cf.objs[o] && t != nil && types.Identical(o.Type(), t) && mayHoldIface(t) {
						cf.objs[o] = true
						changed = true
					}
				}
			}
		}
		var sigs []*types.Signature // the enclosing functions
		var walk func(n ast.Node) bool
		walk = func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncDecl:
				if fn, ok := info.Defs[n.Name].(*types.Func); ok && n.Body != nil {
					if n.Recv != nil {
						cf.methods[fn.Signature()] = fn.Name()
					}
					sigs = append(sigs, fn.Signature())
					ast.Inspect(n.Body, walk)
					sigs = sigs[:len(sigs)-1]
				}
				return false
			case *ast.FuncLit:
				if sig, ok := info.TypeOf(n).(*types.Signature); ok {
					sigs = append(sigs, sig)
					ast.Inspect(n.Body, walk)
					sigs = sigs[:len(sigs)-1]
				}
				return false
			case *ast.AssignStmt:
				cf.pairs(n.Lhs, n.Rhs, mark)
			case *ast.ValueSpec:
				lhs := make([]ast.Expr, len(n.Names))
				for i, id := range n.Names {
					lhs[i] = id
				}
				cf.pairs(lhs, n.Values, mark)
			case *ast.RangeStmt:
				if cf.Expr(n.X) {
					for _, e := range []ast.Expr{n.Key, n.Value} {
						if e != nil {
							mark(e)
						}
					}
				}
			case *ast.SendStmt:
				if cf.Expr(n.Value) {
					mark(n.Chan)
				}
			case *ast.TypeSwitchStmt:
				// switch x := v.(type): the x of each clause.
				if as, ok := n.Assign.(*ast.AssignStmt); ok && len(as.Rhs) == 1 {
					if ta, ok := as.Rhs[0].(*ast.TypeAssertExpr); ok && cf.Expr(ta.X) {
						for _, cc := range n.Body.List {
							if o := info.Implicits[cc]; o != nil && !cf.objs[o] && mayHoldIface(o.Type()) {
								cf.objs[o] = true
								changed = true
							}
						}
					}
				}
			case *ast.ReturnStmt:
				if len(sigs) > 0 {
					sig := sigs[len(sigs)-1]
					for _, r := range n.Results {
						if !cf.results[sig] && cf.Expr(r) {
							cf.results[sig] = true
							if m := cf.methods[sig]; m != "" {
								cf.methodResults[m] = true // for calls through an interface
							}
							changed = true
						}
					}
				}
			case *ast.CallExpr:
				cf.callArgs(n, &changed)
				if b, ok := info.Uses[calleeIdent(n.Fun)].(*types.Builtin); ok && b.Name() == "copy" && len(n.Args) == 2 && cf.Expr(n.Args[1]) {
					mark(n.Args[0])
				}
			}
			return true
		}
		ast.Inspect(f, walk)
	}
	return cf
}

// pairs marks the left-hand sides given values that may come from
// compiled code.
func (cf *compiledFlow) pairs(lhs, rhs []ast.Expr, mark func(ast.Expr)) {
	switch {
	case len(lhs) == len(rhs):
		for i := range lhs {
			if cf.Expr(rhs[i]) {
				mark(lhs[i])
			}
		}
	case len(rhs) == 1 && cf.Expr(rhs[0]):
		for _, l := range lhs {
			mark(l)
		}
	}
}

// callArgs marks the parameters of a function of the program's a call
// hands such values to.
func (cf *compiledFlow) callArgs(n *ast.CallExpr, changed *bool) {
	if cf.compiledCall(n) {
		return
	}
	var sigs []*types.Signature
	if fn, ok := cf.info.Uses[calleeIdent(n.Fun)].(*types.Func); ok {
		sigs = append(sigs, fn.Origin().Signature())
	}
	if sig, ok := types.Unalias(cf.info.TypeOf(n.Fun)).(*types.Signature); ok {
		sigs = append(sigs, sig)
	}
	for i, a := range n.Args {
		if !cf.Expr(a) {
			continue
		}
		for _, sig := range sigs {
			ps := sig.Params()
			if ps.Len() == 0 {
				continue
			}
			p := ps.At(min(i, ps.Len()-1))
			if i >= ps.Len() && !sig.Variadic() {
				continue
			}
			if !cf.objs[p] && mayHoldIface(p.Type()) {
				cf.objs[p] = true
				*changed = true
			}
		}
	}
}

// markParams marks the parameters of sig that may hold interfaces.
func (cf *compiledFlow) markParams(sig *types.Signature) {
	for p := range sig.Params().Variables() {
		if mentionsEmptyInterface(p.Type()) {
			cf.objs[p] = true
		}
	}
}

// compiledCall reports whether n calls a compiled function or method (not
// a stand-in of the prelude's, which is interpreted code).
func (cf *compiledFlow) compiledCall(n *ast.CallExpr) bool {
	fn, ok := cf.info.Uses[calleeIdent(n.Fun)].(*types.Func)
	if !ok {
		return false
	}
	pkg := fn.Pkg()
	return pkg != nil && pkg.Path() != "main" && (fn.Signature().Recv() != nil || preludeName(pkg, fn.Name()) == "")
}

// root returns the variable, field or parameter an assignment to e sets
// (v, x.f, the container of v[i] or *p), or nil.
func (cf *compiledFlow) root(e ast.Expr) types.Object {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		if o, ok := cf.info.Defs[e]; ok && o != nil {
			return o
		}
		if o, ok := cf.info.Uses[e].(*types.Var); ok {
			return o
		}
	case *ast.SelectorExpr:
		if s, ok := cf.info.Selections[e]; ok && s.Kind() == types.FieldVal {
			return s.Obj()
		}
		if o, ok := cf.info.Uses[e.Sel].(*types.Var); ok {
			return o
		}
	case *ast.IndexExpr:
		return cf.root(e.X)
	case *ast.StarExpr:
		return cf.root(e.X)
	}
	return nil
}

// Expr reports whether e's value may be, or hold, a value compiled code
// handed back in an interface.
func (cf *compiledFlow) Expr(e ast.Expr) bool {
	if cf == nil {
		return true // no flow followed: every value may be
	}
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		if fn, ok := cf.info.Uses[e].(*types.Func); ok {
			return cf.results[fn.Origin().Signature()] // f := get: its calls
		}
		o, ok := cf.info.Uses[e].(*types.Var)
		if !ok {
			return false
		}
		if cf.objs[o] {
			return true
		}
		// A variable of an earlier input's.
		return !cf.declares(o) && cf.session[o.Name()]
	case *ast.SelectorExpr:
		if s, ok := cf.info.Selections[e]; ok {
			if s.Kind() != types.FieldVal {
				// A method value (get := st.Get): its calls.
				fn, ok := s.Obj().(*types.Func)
				return ok && (cf.results[fn.Origin().Signature()] || types.IsInterface(s.Recv()) && cf.methodResults[fn.Name()])
			}
			o := s.Obj()
			if o.Pkg() != nil && o.Pkg().Path() != "main" && mentionsEmptyInterface(o.Type()) {
				return true // list.Element.Value
			}
			return cf.objs[o] || cf.Expr(e.X)
		}
		if o, ok := cf.info.Uses[e.Sel].(*types.Var); ok {
			// A package's variable.
			return o.Pkg() != nil && o.Pkg().Path() != "main" && mentionsEmptyInterface(o.Type())
		}
	case *ast.CallExpr:
		if tv := cf.info.Types[e.Fun]; tv.IsType() {
			return len(e.Args) == 1 && cf.Expr(e.Args[0])
		}
		switch fn := cf.info.Uses[calleeIdent(e.Fun)].(type) {
		case *types.Builtin:
			if fn.Name() == "append" {
				for _, a := range e.Args {
					if cf.Expr(a) {
						return true
					}
				}
			}
			return false
		case *types.Func:
			if cf.compiledCall(e) {
				if _, printing := fmtPrintFuncs[fn.Pkg().Path()][fn.Name()]; printing {
					return false
				}
				return mentionsEmptyInterface(fn.Signature().Results())
			}
			if cf.results[fn.Origin().Signature()] {
				return true
			}
			if recv := fn.Signature().Recv(); recv != nil && types.IsInterface(recv.Type()) {
				// An interface's method: any method of that name, a
				// compiled type's too (a *sync.Map as an interface of the
				// program's with Load).
				return cf.methodResults[fn.Name()] || cf.session["."+fn.Name()] || mentionsEmptyInterface(fn.Signature().Results())
			}
			if fn.Pkg() != nil && fn.Pkg().Path() != "main" {
				// A stand-in of the prelude's (slices.Clone, maps.Values),
				// whose code is not the segment's: it may give back what
				// it is given.
				return cf.anyArg(e)
			}
			// A function of an earlier input's.
			name := fn.Name()
			if r := recvNamed(fn); r != nil {
				if n, ok := r.(*types.Named); ok {
					name = n.Obj().Name() + "." + name
				}
			}
			return !cf.declares(fn) && cf.session[name]
		}
		sig, ok := types.Unalias(cf.info.TypeOf(e.Fun)).(*types.Signature)
		return ok && (cf.results[sig] || cf.Expr(e.Fun))
	case *ast.IndexExpr:
		return cf.Expr(e.X)
	case *ast.IndexListExpr:
		return cf.Expr(e.X)
	case *ast.SliceExpr:
		return cf.Expr(e.X)
	case *ast.StarExpr:
		return cf.Expr(e.X)
	case *ast.UnaryExpr:
		return cf.Expr(e.X)
	case *ast.TypeAssertExpr:
		return cf.Expr(e.X)
	case *ast.CompositeLit:
		for _, el := range e.Elts {
			if kv, ok := el.(*ast.KeyValueExpr); ok {
				if cf.Expr(kv.Key) || cf.Expr(kv.Value) {
					return true
				}
			} else if cf.Expr(el) {
				return true
			}
		}
	}
	return false
}

// anyArg reports whether an argument of call may be, or hold, such a
// value.
func (cf *compiledFlow) anyArg(call *ast.CallExpr) bool {
	for _, a := range call.Args {
		if cf.Expr(a) {
			return true
		}
	}
	return false
}

// declares reports whether the segment's code declares o.
func (cf *compiledFlow) declares(o types.Object) bool {
	return o.Pos().IsValid() && cf.file.Pos() <= o.Pos() && o.Pos() < cf.file.End()
}

// resultsFrom reports whether fn, a function of the segment's, returns
// values compiled code may have handed back.
func (cf *compiledFlow) resultsFrom(fn *types.Func) bool {
	return cf.results[fn.Signature()]
}

// mayHoldIface reports whether a value of t may hold an interface value.
func mayHoldIface(t types.Type) bool {
	found := false
	walkTypeParts(t, map[types.Type]bool{}, func(u types.Type) bool {
		if types.IsInterface(u) {
			found = true
		}
		return !found
	})
	return found
}

// calleeIdentOrSelf returns the identifier naming the function e is (f,
// pkg.F), or nil.
func calleeIdentOrSelf(e ast.Expr) *ast.Ident {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		return e
	case *ast.SelectorExpr:
		return e.Sel
	}
	return nil
}
