package frontend

import (
	"go/ast"
	"go/token"
	"go/types"
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
// every other value is checked. A value is the program's own when it is
//   - a literal, a constant, a function, or a value of a type without
//     interfaces converted to one by the program's code (var v any = 3.5);
//   - a composite literal, an append, an assertion of own values;
//   - the result of a compiled function whose results hold no interface
//     (strings.Fields), or of a function of the segment's whose every
//     return is own, called by its name;
//   - a variable, or an element or field of one, that is own: the
//     segment's variable (not a parameter: a function's may be given
//     anything, but a function of a script's that is only called by its
//     name, with own arguments) whose every assignment, store into it,
//     send on it and range declaring it is own, whose address is never
//     taken, and which, when it may refer to shared memory (a slice, a
//     map, a pointer, a channel, a function, a struct), is never passed,
//     assigned, sent or stored anywhere (another name could fill it);
//   - at the prompt, a variable of the session's an earlier input proved
//     own (sessionTwins.fromCompiled false), and not written since.
//
// Anything else (an element of a container compiled code returned, a
// receive from a channel a function was given, a call through a function
// value, recover()) may come from compiled code.
type compiledFlow struct {
	info    *types.Info
	file    *ast.File
	session map[string]bool // the session's variables by name: false where proven own
	// notOwn are the variables, parameters and functions (their results)
	// found not to be own.
	notOwn map[types.Object]bool
	// writes are, by variable, the values written to it (nil for a write
	// that is never own: its address taken, a shared value escaping).
	writes map[types.Object][]ast.Expr
	// calledOnly are the functions only ever called by their names.
	calledOnly map[types.Object]bool
	// args are, by parameter, the arguments its function is called with.
	args map[*types.Var][]ast.Expr
	// returns are, by function, the values it returns (nil: a bare return
	// of named results, see writes).
	returns map[types.Object][]ast.Expr
	// paramFn are the functions of the parameters in args.
	paramFn map[*types.Var]types.Object
	// unknownWrite says the code stores a value that is not own where no
	// variable of it names (f()[k] = v): nothing is proven own.
	unknownWrite bool
}

// decoders are the compiled functions that fill an any through a pointer
// with values of their own making, never of the program's types: a
// variable whose address only they take stays own.
var decoders = map[string]bool{
	"encoding/json.Unmarshal": true, "encoding/json.Decoder.Decode": true,
	"encoding/xml.Unmarshal": true, "encoding/xml.Decoder.Decode": true,
}

// newCompiledFlow proves the values of f's code own (see above); session
// are the session's variables by name, false for those proven own;
// interactive says f is an input at the prompt, whose functions a later
// input may call with anything.
func newCompiledFlow(info *types.Info, f *ast.File, session map[string]bool, interactive bool) *compiledFlow {
	cf := &compiledFlow{info: info, file: f, session: session, notOwn: map[types.Object]bool{},
		writes: map[types.Object][]ast.Expr{}, calledOnly: map[types.Object]bool{},
		args: map[*types.Var][]ast.Expr{}, returns: map[types.Object][]ast.Expr{}, paramFn: map[*types.Var]types.Object{}}
	var unknown []ast.Expr // values written where no variable names
	write := func(lhs, rhs ast.Expr) {
		if o := cf.root(lhs); o != nil {
			cf.writes[o] = append(cf.writes[o], rhs)
		} else if id, ok := ast.Unparen(lhs).(*ast.Ident); !ok || id.Name != "_" {
			unknown = append(unknown, rhs)
		}
	}
	decoded := map[ast.Node]bool{} // &v handed to a decoder
	never := func(e ast.Expr) {
		if o := cf.root(e); o != nil {
			cf.writes[o] = append(cf.writes[o], nil)
		}
	}
	// escapes notes that e, if it names a variable that may refer to
	// shared memory, is handed on: anything may be written to it.
	escapes := func(e ast.Expr) {
		if t := info.TypeOf(e); t != nil && shares(t) {
			never(e)
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
	var sigs []types.Object // the enclosing declared functions (nil for a literal)
	var walk func(n ast.Node) bool
	walk = func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncDecl:
			sigs = append(sigs, info.Defs[n.Name])
			if n.Body != nil {
				ast.Inspect(n.Body, walk)
			}
			sigs = sigs[:len(sigs)-1]
			return false
		case *ast.FuncLit:
			sigs = append(sigs, nil)
			ast.Inspect(n.Body, walk)
			sigs = sigs[:len(sigs)-1]
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
					escapes(n.Rhs[i])
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
					escapes(n.Values[i])
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
					write(e, &ast.IndexExpr{X: n.X}) // an element of X
				}
			}
		case *ast.SendStmt:
			write(n.Chan, n.Value)
			escapes(n.Value)
		case *ast.UnaryExpr:
			if n.Op == token.AND && !decoded[n] {
				never(n.X)
			}
		case *ast.CompositeLit:
			for _, e := range n.Elts {
				if kv, ok := e.(*ast.KeyValueExpr); ok {
					e = kv.Value
				}
				escapes(e)
			}
		case *ast.ReturnStmt:
			if len(sigs) > 0 && sigs[len(sigs)-1] != nil {
				fn := sigs[len(sigs)-1]
				if len(n.Results) == 0 {
					cf.returns[fn] = append(cf.returns[fn], nil) // named results: see below
				}
				for _, r := range n.Results {
					cf.returns[fn] = append(cf.returns[fn], r)
					escapes(r)
				}
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
				escapes(n.X)
			}
		case *ast.CallExpr:
			id := calleeIdent(n.Fun)
			calleeIDs[id] = true
			fn, _ := info.Uses[id].(*types.Func)
			if fn != nil && decoders[funcName(fn)] {
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
				return true
			}
			for _, a := range n.Args {
				escapes(a)
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
	// Named results, written by a bare return: their writes.
	for fn, fd := range decls {
		if fd.Type.Results == nil {
			continue
		}
		for _, fl := range fd.Type.Results.List {
			for _, id := range fl.Names {
				if o := info.Defs[id]; o != nil {
					cf.returns[fn] = append(cf.returns[fn], id)
				}
			}
		}
	}
	// The greatest fixpoint: every candidate own, until one of its values
	// is found not to be.
	defer func() {
		for _, u := range unknown {
			if !cf.own(u) {
				cf.unknownWrite = true
			}
		}
	}()
	for changed := true; changed; {
		changed = false
		for o, ws := range cf.writes {
			if cf.notOwn[o] {
				continue
			}
			for _, w := range ws {
				if w == nil || !cf.own(w) {
					cf.notOwn[o] = true
					changed = true
					break
				}
			}
		}
		for p, as := range cf.args {
			if cf.notOwn[p] {
				continue
			}
			for _, a := range as {
				if a == nil || !cf.own(a) {
					cf.notOwn[p] = true
					changed = true
					break
				}
			}
		}
		for fn, rs := range cf.returns {
			if cf.notOwn[fn] {
				continue
			}
			for _, r := range rs {
				if r == nil || !cf.own(r) {
					cf.notOwn[fn] = true
					changed = true
					break
				}
			}
		}
	}
	return cf
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
	if tv, ok := info.Types[e]; ok && (tv.Value != nil || tv.IsNil() || tv.IsType()) {
		return true
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
		for _, el := range e.Elts {
			if kv, ok := el.(*ast.KeyValueExpr); ok {
				if !cf.own(kv.Key) || !cf.own(kv.Value) {
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
		if o, ok := info.Uses[e.Sel].(*types.Var); ok {
			return !mayHoldIface(o.Type()) // a package's variable
		}
		return true // a package's function or constant
	case *ast.IndexExpr:
		if tv, ok := info.Types[e.X]; ok && tv.IsValue() {
			return cf.own(e.X)
		}
		return true // an instantiation
	case *ast.IndexListExpr:
		return true
	case *ast.SliceExpr:
		return cf.own(e.X)
	case *ast.StarExpr:
		return cf.own(e.X)
	case *ast.UnaryExpr:
		return cf.own(e.X) // &x, <-ch, -n
	case *ast.BinaryExpr:
		return true // numbers, strings, booleans
	case *ast.TypeAssertExpr:
		return cf.own(e.X)
	case *ast.CallExpr:
		if tv := info.Types[e.Fun]; tv.IsType() {
			// A conversion: of a value of a type without interfaces, made
			// the program's by the interpreted conversion.
			return len(e.Args) == 1 && (!mayHoldIface(info.TypeOf(e.Args[0])) || cf.own(e.Args[0]))
		}
		switch fn := info.Uses[calleeIdent(e.Fun)].(type) {
		case *types.Builtin:
			switch fn.Name() {
			case "append":
				for _, a := range e.Args {
					if !cf.own(a) {
						return false
					}
				}
				return true
			case "recover":
				return false
			}
			return true // len, min, make, new, ...
		case *types.Func:
			if cf.compiledCall(e) {
				return !mayHoldIface(fn.Signature().Results())
			}
			if sel, ok := ast.Unparen(e.Fun).(*ast.SelectorExpr); ok {
				if s, ok := info.Selections[sel]; ok && types.IsInterface(s.Recv()) {
					return false // an interface's method: any type's
				}
			}
			if !cf.declares(fn.Origin()) {
				// An earlier input's, own where it proved so; or a
				// stand-in of the prelude's.
				own, known := cf.session[fn.Name()]
				return fn.Pkg() != nil && fn.Pkg().Path() == "main" && known && !own
			}
			return !cf.notOwn[fn.Origin()] && cf.returns[fn.Origin()] != nil || !mayHoldIface(fn.Signature().Results())
		}
		// A call through a function value.
		t := info.TypeOf(e)
		return t != nil && !mayHoldIface(t)
	}
	return false
}

// ownVar reports whether variable o holds own values only.
func (cf *compiledFlow) ownVar(o types.Object) bool {
	v, ok := o.(*types.Var)
	if !ok || cf.notOwn[o] {
		return false
	}
	if !mayHoldIface(v.Type()) {
		return true
	}
	if !cf.declares(o) {
		// An earlier input's: own where it proved so.
		own, known := cf.session[o.Name()]
		return known && !own && cf.writes[o] == nil
	}
	if v.IsField() {
		return false
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

// Expr reports whether e's value may be, or hold, a value compiled code
// handed back in an interface: it is not proven the program's own.
func (cf *compiledFlow) Expr(e ast.Expr) bool {
	if cf == nil || cf.unknownWrite {
		return true // no flow followed: every value may be
	}
	return !cf.own(e)
}

// fromCompiled says, for a variable or function the segment declares for
// the session, whether it may hold or return values compiled code handed
// back (see sessionTwins.fromCompiled).
func (cf *compiledFlow) fromCompiled(o types.Object) bool {
	if cf.unknownWrite {
		return true
	}
	switch o := o.(type) {
	case *types.Var:
		return !cf.ownVar(o)
	case *types.Func:
		return cf.notOwn[o] || cf.returns[o] == nil && mayHoldIface(o.Signature().Results())
	}
	return false
}

// declares reports whether the segment's code declares o.
func (cf *compiledFlow) declares(o types.Object) bool {
	return o.Pos().IsValid() && cf.file.Pos() <= o.Pos() && o.Pos() < cf.file.End()
}

// mayHoldIface reports whether a value of t may hold an interface value
// (a tuple: one of its parts).
func mayHoldIface(t types.Type) bool {
	if t == nil {
		return true
	}
	if tu, ok := t.(*types.Tuple); ok {
		for v := range tu.Variables() {
			if mayHoldIface(v.Type()) {
				return true
			}
		}
		return false
	}
	found := false
	walkTypeParts(t, map[types.Type]bool{}, func(u types.Type) bool {
		if types.IsInterface(u) {
			found = true
		}
		return !found
	})
	return found
}

// shares reports whether a value of t may refer to memory another value
// shares: a slice, map, pointer, channel or function, or a struct or
// array holding one.
func shares(t types.Type) bool {
	found := false
	walkTypeParts(t, map[types.Type]bool{}, func(u types.Type) bool {
		switch u.Underlying().(type) {
		case *types.Slice, *types.Map, *types.Pointer, *types.Chan, *types.Signature:
			found = true
		}
		return !found
	})
	return found
}
