package frontend

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// The values compiled code cannot have handed back.
//
// yaegi v0.16.1 hands compiled code a value of a named type that is not a
// struct in an interface as its representation, and compiled code hands
// it back so (lower_assertlost.go, lower_fmtheld.go): where the program
// has handed such a type to compiled code, a bare float64 taken out of a
// container/list may be a Celsius, and an assertion or a print of it is
// checked when it runs. A float64 the program made itself, or a []string
// of strings.Fields, is not such a value, and must not be checked: the
// check would panic on a value Go answers for.
//
// A value missed by the check is a wrong answer, a value checked for
// nothing a refusal: so compiledFlow proves values the program's own, and
// every other value is checked. Only values no other name can reach are
// proven: an own value is isolated, of a type through which no memory
// holding an interface is shared (3.5, "s", a []string, a struct of
// them; not a []any, a map of any, a pointer to a struct with an any
// field, whose memory another name could fill). A value is own when it is
//   - a constant, a literal, or a conversion to an interface of such a
//     value of another type (var v any = 3.5);
//   - a composite literal, a field, an element, an assertion of own
//     values, of an isolated type;
//   - the result of a compiled function whose results hold no interface
//     (strings.Fields), or of a function of a script's, called by its name
//     only, whose every return is own;
//   - a variable of the segment (not a field, nor a parameter but of a
//     script's function called by its name only, with own arguments) whose
//     address is never taken (nor an array of it sliced, a[:]) and whose
//     every assignment is own;
//   - at the prompt, a variable of the session's an earlier input proved
//     own (sessionTwins.fromCompiled false), and not written since.
//
// Anything else (an element of a []any, a field through a pointer, a call
// through a function value, recover()) may come from compiled code.
type compiledFlow struct {
	info    *types.Info
	file    *ast.File
	session map[string]bool // the session's variables by name: false where proven own
	// interactive says the segment is an input at the prompt.
	interactive bool
	// notOwn are the variables, parameters and functions (their results)
	// found not to be own.
	notOwn map[types.Object]bool
	// writes are, by variable, the values written to it (nil for a write
	// that is never own: its address taken).
	writes map[types.Object][]ast.Expr
	// calledOnly are the functions only ever called by their names.
	calledOnly map[types.Object]bool
	// args are, by parameter, the arguments its function is called with.
	args map[*types.Var][]ast.Expr
	// paramFn are the functions of the parameters in args.
	paramFn map[*types.Var]types.Object
	// returns are, by function, the values it returns (its named results
	// too, which a bare return returns).
	returns map[types.Object][]ast.Expr
}

// decodesItself are the methods by which a type decodes itself.
var decodesItself = map[string]bool{"UnmarshalJSON": true, "UnmarshalText": true, "UnmarshalXML": true, "UnmarshalXMLAttr": true}

// decodesItselfName reports whether name, a method's, is one by which a type
// decodes itself ("T.UnmarshalJSON" too).
func decodesItselfName(name string) bool {
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		name = name[i+1:]
	}
	return decodesItself[name]
}

// newCompiledFlow proves the values of f's code own (see above); session
// are the session's variables by name, false for those proven own;
// interactive says f is an input at the prompt, whose functions a later
// input may call with anything.
//
// sessionDecodes says a type of an earlier input decodes itself
// (UnmarshalJSON...), which could store anything where a decoder writes.
func newCompiledFlow(info *types.Info, f *ast.File, session map[string]bool, interactive, sessionDecodes bool) *compiledFlow {
	cf := &compiledFlow{info: info, file: f, session: session, interactive: interactive, notOwn: map[types.Object]bool{},
		writes: map[types.Object][]ast.Expr{}, calledOnly: map[types.Object]bool{},
		args: map[*types.Var][]ast.Expr{}, returns: map[types.Object][]ast.Expr{}, paramFn: map[*types.Var]types.Object{}}
	write := func(lhs, rhs ast.Expr) {
		if o := cf.root(lhs); o != nil {
			cf.writes[o] = append(cf.writes[o], rhs)
		}
	}
	never := func(e ast.Expr) {
		if o := cf.root(e); o != nil {
			cf.writes[o] = append(cf.writes[o], nil)
		}
	}
	// Decoders are trusted only where no type of the program's decodes
	// itself.
	trustDecoders := !sessionDecodes
	for _, d := range f.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv != nil && decodesItself[fd.Name.Name] {
			trustDecoders = false
		}
	}
	// The functions declared, by their objects, for calledOnly.
	decls := map[types.Object]*ast.FuncDecl{}
	for _, d := range f.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok {
			if fn := info.Defs[fd.Name]; fn != nil {
				decls[fn] = fd
				cf.calledOnly[fn] = fd.Recv == nil && !interactive && fd.Name.Name != "main" && fd.Name.Name != "init"
			}
		}
	}
	calleeIDs := map[*ast.Ident]bool{}
	decoded := map[ast.Node]bool{} // &v handed to a decoder
	var fns []types.Object         // the enclosing declared functions (nil for a literal)
	var walk func(n ast.Node) bool
	walk = func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncDecl:
			fns = append(fns, info.Defs[n.Name])
			if n.Body != nil {
				ast.Inspect(n.Body, walk)
			}
			fns = fns[:len(fns)-1]
			return false
		case *ast.FuncLit:
			fns = append(fns, nil)
			ast.Inspect(n.Body, walk)
			fns = fns[:len(fns)-1]
			return false
		case *ast.AssignStmt:
			switch {
			case n.Tok != token.ASSIGN && n.Tok != token.DEFINE:
				for _, l := range n.Lhs {
					write(l, l) // x += y: numbers and strings
				}
			case len(n.Lhs) == len(n.Rhs):
				for i := range n.Lhs {
					write(n.Lhs[i], n.Rhs[i])
				}
			default:
				for _, l := range n.Lhs {
					write(l, n.Rhs[0]) // v, ok := m.Load(k): the call's
				}
			}
		case *ast.ValueSpec:
			for i, id := range n.Names {
				switch {
				case len(n.Values) == len(n.Names):
					write(id, n.Values[i])
				case len(n.Values) == 1:
					write(id, n.Values[0])
				}
			}
		case *ast.RangeStmt:
			_, overFunc := types.Unalias(info.TypeOf(n.X)).Underlying().(*types.Signature)
			for _, e := range []ast.Expr{n.Key, n.Value} {
				switch {
				case e == nil:
				case overFunc:
					never(e) // what an iterator yields
				default:
					write(e, n.X) // an element of X: own where X is (isolated)
				}
			}
		case *ast.SendStmt:
			write(n.Chan, n.Value)
		case *ast.SliceExpr:
			// a[:] of an array: a slice another name fills it through.
			if _, isArray := types.Unalias(info.TypeOf(n.X)).Underlying().(*types.Array); isArray {
				never(n.X)
			}
		case *ast.UnaryExpr:
			if n.Op == token.AND && !decoded[n] {
				never(n.X)
			}
		case *ast.ReturnStmt:
			if len(fns) > 0 && fns[len(fns)-1] != nil {
				fn := fns[len(fns)-1]
				cf.returns[fn] = append(cf.returns[fn], n.Results...)
			}
		case *ast.TypeSwitchStmt:
			// switch x := v.(type): the x of each clause is v.
			if as, ok := n.Assign.(*ast.AssignStmt); ok && len(as.Rhs) == 1 {
				if ta, ok := as.Rhs[0].(*ast.TypeAssertExpr); ok {
					for _, cc := range n.Body.List {
						if o := info.Implicits[cc]; o != nil {
							cf.writes[o] = append(cf.writes[o], ta.X)
						}
					}
				}
			}
		case *ast.SelectorExpr:
			// x.M() with a pointer receiver takes x's address.
			if s, ok := info.Selections[n]; ok && s.Kind() != types.FieldVal {
				if fn, ok := s.Obj().(*types.Func); ok {
					if r := fn.Signature().Recv(); r != nil {
						if _, ptr := r.Type().(*types.Pointer); ptr {
							never(n.X)
						}
					}
				}
			}
		case *ast.CallExpr:
			id := calleeIdent(n.Fun)
			calleeIDs[id] = true
			fn, _ := info.Uses[id].(*types.Func)
			// A decoder (lower_twinheld.go's decodedOnly) fills an any
			// through a pointer with values of its own making, never of
			// the program's types: a variable whose address only it
			// takes stays own. (Not where a type of the program's has
			// UnmarshalJSON, which could store anything: trustDecoders.)
			if fn != nil && trustDecoders && decodedOnly[funcName(fn)] != nil {
				for _, a := range n.Args {
					if u, ok := ast.Unparen(a).(*ast.UnaryExpr); ok && u.Op == token.AND {
						decoded[u] = true
					}
				}
			}
			if fn != nil && decls[fn.Origin()] != nil {
				ps := fn.Origin().Signature().Params()
				for i, a := range n.Args {
					if ps.Len() == 0 {
						break
					}
					p := ps.At(min(i, ps.Len()-1))
					cf.paramFn[p] = fn.Origin()
					if n.Ellipsis.IsValid() || i >= ps.Len()-1 && fn.Signature().Variadic() {
						cf.args[p] = append(cf.args[p], nil) // xs... or a variadic: a slice made
						continue
					}
					cf.args[p] = append(cf.args[p], a)
				}
			}
			if b, ok := info.Uses[id].(*types.Builtin); ok && b.Name() == "copy" && len(n.Args) == 2 {
				write(n.Args[0], n.Args[1])
			}
		}
		return true
	}
	ast.Inspect(f, walk)
	// A function used otherwise than called by its name (a value, a
	// method value) may be called with anything.
	ast.Inspect(f, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && !calleeIDs[id] {
			if fn, ok := info.Uses[id].(*types.Func); ok {
				cf.calledOnly[fn.Origin()] = false
			}
		}
		return true
	})
	for p, fn := range cf.paramFn {
		if !cf.calledOnly[fn] {
			delete(cf.args, p)
		}
	}
	// Named results, which a bare return returns.
	for fn, fd := range decls {
		if fd.Type.Results == nil {
			continue
		}
		for _, fl := range fd.Type.Results.List {
			for _, id := range fl.Names {
				cf.returns[fn] = append(cf.returns[fn], id)
			}
		}
	}
	cf.solve()
	return cf
}

// solve finds the variables, parameters and functions that are not own:
// the greatest fixpoint, every candidate own until one of its values is
// found not to be.
func (cf *compiledFlow) solve() {
	for changed := true; changed; {
		changed = false
		check := func(o types.Object, es []ast.Expr) {
			if cf.notOwn[o] {
				return
			}
			for _, e := range es {
				if e == nil || !cf.own(e) {
					cf.notOwn[o] = true
					changed = true
					return
				}
			}
		}
		for o, ws := range cf.writes {
			check(o, ws)
		}
		for p, as := range cf.args {
			check(p, as)
		}
		for fn, rs := range cf.returns {
			check(fn, rs)
		}
	}
}

// proveOwn sets the proof of the values of f (checked as c) own, and the
// facts it gives the session: which of the variables and functions f
// declares may hold or return values compiled code handed back, and the
// earlier inputs' variables f writes (which no longer count as proven).
func (fe *FrontEnd) proveOwn(c *Checked, f *ast.File, interactive bool) {
	sessionDecodes := false
	for name := range fe.Types.Objs {
		sessionDecodes = sessionDecodes || decodesItselfName(name)
	}
	flow := newCompiledFlow(c.Info, f, fe.Types.twins.fromCompiled, interactive, sessionDecodes)
	c.twins.flow = flow
	c.twins.fromCompiled = map[string]bool{}
	for o := range flow.writes {
		if v, ok := o.(*types.Var); ok && !v.IsField() && v.Parent() == c.pkg.Scope() && !flow.declares(v) {
			c.twins.fromCompiled[v.Name()] = true // an earlier input's, written
		}
	}
	for name, o := range c.decls {
		switch o.(type) {
		case *types.Var, *types.Func:
			c.twins.fromCompiled[name] = flow.fromCompiled(o)
		}
	}
}

// root returns the variable an assignment to e writes (v, the v of v.f,
// v[i], *v), or nil.
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
			return cf.root(e.X)
		}
		if o, ok := cf.info.Uses[e.Sel].(*types.Var); ok {
			return o // a package's variable
		}
	case *ast.IndexExpr:
		return cf.root(e.X)
	case *ast.StarExpr:
		return cf.root(e.X)
	case *ast.SliceExpr:
		return cf.root(e.X)
	}
	return nil
}

// own reports whether e's value is the program's own (see above).
func (cf *compiledFlow) own(e ast.Expr) bool {
	info := cf.info
	tv, ok := info.Types[e]
	if ok && (tv.Value != nil || tv.IsNil() || tv.IsType()) {
		return true
	}
	if t := info.TypeOf(e); t != nil && !mayHoldIface(t) {
		return true // no interface to hold such a value
	}
	if t := info.TypeOf(e); t == nil || hasTypeParam(t) {
		return false // a type parameter's: any type argument's (an S ~[]any)
	}
	switch e := ast.Unparen(e).(type) {
	case *ast.BasicLit, *ast.FuncLit:
		return true
	case *ast.Ident:
		switch o := info.Uses[e].(type) {
		case *types.Func, *types.Const, *types.Nil, *types.Builtin:
			return true
		case *types.Var:
			return cf.ownVar(o)
		}
		if o := info.Defs[e]; o != nil {
			return cf.ownVar(o)
		}
		return false
	case *ast.CompositeLit:
		if !isolated(info.TypeOf(e)) {
			return false
		}
		_, isMap := info.TypeOf(e).Underlying().(*types.Map)
		for _, el := range e.Elts {
			if kv, ok := el.(*ast.KeyValueExpr); ok {
				// (A struct's key is a field's name, an array's an index.)
				if isMap && !cf.own(kv.Key) || !cf.own(kv.Value) {
					return false
				}
			} else if !cf.own(el) {
				return false
			}
		}
		return true
	case *ast.SelectorExpr:
		if s, ok := info.Selections[e]; ok {
			return s.Kind() == types.FieldVal && cf.own(e.X)
		}
		return false // a package's variable
	case *ast.IndexExpr:
		if tv, ok := info.Types[e.X]; ok && tv.IsValue() {
			return cf.own(e.X)
		}
		return true // an instantiation
	case *ast.IndexListExpr:
		return true
	case *ast.SliceExpr:
		return cf.own(e.X)
	case *ast.TypeAssertExpr:
		return cf.own(e.X) && (types.IsInterface(info.TypeOf(e)) || isolated(info.TypeOf(e)))
	case *ast.CallExpr:
		if tv := info.Types[e.Fun]; tv.IsType() {
			// A conversion: of an isolated value, made the program's by
			// the interpreted conversion.
			return len(e.Args) == 1 && cf.own(e.Args[0]) && (types.IsInterface(info.TypeOf(e.Args[0])) || isolated(info.TypeOf(e.Args[0])))
		}
		fn, ok := info.Uses[calleeIdent(e.Fun)].(*types.Func)
		if !ok || runsCompiled(fn) {
			return false // through a function value; a compiled function's results holding interfaces
		}
		if sel, ok := ast.Unparen(e.Fun).(*ast.SelectorExpr); ok {
			if s, ok := info.Selections[sel]; ok && types.IsInterface(s.Recv()) {
				return false // an interface's method: any type's
			}
		}
		if !cf.declares(fn.Origin()) {
			// An earlier input's function, own where it proved so (not a
			// method: the session's facts name functions); or a stand-in
			// of the prelude's.
			own, known := cf.session[fn.Name()]
			return fn.Pkg() != nil && fn.Pkg().Path() == "main" && fn.Signature().Recv() == nil && known && !own
		}
		return cf.calledOnly[fn.Origin()] && !cf.notOwn[fn.Origin()] && cf.returns[fn.Origin()] != nil
	}
	return false
}

// ownVar reports whether variable o holds own values only.
func (cf *compiledFlow) ownVar(o types.Object) bool {
	v, ok := o.(*types.Var)
	if !ok || !mayHoldIface(v.Type()) {
		return ok
	}
	if cf.notOwn[o] || v.IsField() || hasTypeParam(v.Type()) || !types.IsInterface(v.Type()) && !isolated(v.Type()) {
		return false
	}
	if !cf.declares(o) {
		// An earlier input's: own where it proved so.
		own, known := cf.session[o.Name()]
		return known && !own && cf.writes[o] == nil
	}
	if isParam(v) {
		return cf.args[v] != nil // a script's function's, called by its name with own arguments only
	}
	return true
}

// isParam reports whether v is a parameter or result of a function.
func isParam(v *types.Var) bool {
	return v.Kind() == types.ParamVar || v.Kind() == types.ResultVar || v.Kind() == types.RecvVar
}

// runsCompiled reports whether fn is a compiled function or method: not
// the program's, nor a stand-in of the prelude's, which is interpreted
// code (compiledFunc counts those).
func runsCompiled(fn *types.Func) bool {
	pkg := fn.Pkg()
	return pkg != nil && pkg.Path() != "main" && (fn.Signature().Recv() != nil || preludeName(pkg, fn.Name()) == "")
}

// Expr reports whether e's value may be, or hold, a value compiled code
// handed back in an interface: it is not proven the program's own.
func (cf *compiledFlow) Expr(e ast.Expr) bool {
	return cf == nil || !cf.own(e)
}

// fromCompiled says, for a variable or function the segment declares for
// the session, whether it may hold or return values compiled code handed
// back (see sessionTwins.fromCompiled).
func (cf *compiledFlow) fromCompiled(o types.Object) bool {
	switch o := o.(type) {
	case *types.Var:
		return !cf.ownVar(o)
	case *types.Func:
		// (At the prompt a function may return a variable of the
		// session's that a later input fills.)
		return mayHoldIface(o.Signature().Results()) && (cf.interactive || cf.notOwn[o] || cf.returns[o] == nil)
	}
	return false
}

// declares reports whether the segment's code declares o.
func (cf *compiledFlow) declares(o types.Object) bool {
	return o.Pos().IsValid() && cf.file.Pos() <= o.Pos() && o.Pos() < cf.file.End()
}

// mayHoldIface reports whether a value of t (a tuple: of one of its
// parts) may hold an interface value.
func mayHoldIface(t types.Type) bool {
	return t == nil || madeOf(t, types.IsInterface)
}

// isolated reports whether no memory holding an interface is shared
// through a value of t: it refers to none by a pointer, slice, map or
// channel (a function's results are not own anyway).
func isolated(t types.Type) bool {
	return t != nil && !madeOf(t, func(u types.Type) bool {
		switch u := u.(type) {
		case *types.Pointer:
			return mayHoldIface(u.Elem())
		case *types.Slice:
			return mayHoldIface(u.Elem())
		case *types.Map:
			return mayHoldIface(u.Key()) || mayHoldIface(u.Elem())
		case *types.Chan:
			return mayHoldIface(u.Elem())
		}
		return false
	})
}
