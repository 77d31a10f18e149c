package frontend

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"iter"
	"maps"
	"regexp"
	"slices"
	"strings"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/asyncrepl/asyncrepl/internal/gosrc"
)

// Lowering: a generic function that asserts to its type parameter, or to
// an interface whose methods mention one, written out for the type
// arguments it is called with.
//
// yaegi v0.16.1 instantiates a generic function with its type arguments
// in place, but an assertion or type switch case names a type parameter
// as written: with T = any, case T missed an int and the next case took
// it (Go's test/typeparam/typeswitch1.go printed "int" for "T"); with
// T = interface{ foo() } a value whose type has foo missed; a case
// interface{ foo() T } was checked as if T were no type at all. Code
// without type parameters it answers as Go does. So in a script, where
// such a function is called (or taken as a value) with type arguments
// that can be written at the package's level, the pass writes a copy of
// the function for those type arguments after it, in which each type
// parameter is an alias of its argument, and the call names the copy:
//
//	func f[T any](i any) { switch i.(type) { case T: ... } }
//	f[any](10)
//	  ->
//	func f__any1(i any) { type T = any; switch i.(type) { case T: ... } }
//	f__any1(10)
//
// A copy is written for an instantiation with an interface of a type
// parameter the function asserts to, or with a type of the program's with
// methods, whose values may be in the interpreter's wrapper of a compiled
// interface (First[*OpError](xs) of a []any holding errors: see
// wrapperAssert; with another concrete type the function runs right as it
// is), and for every instantiation of a function that
// asserts to an interface mentioning a type parameter, or that calls
// errors.As with a target of a type parameter's type (errors.As(err, &t),
// var t T: see lower_errors.go).
//
// yaegi also fails to compile the instances of a generic function that
// instantiates the program's generic code with its own type parameters:
// Combine[A, B, Pair[A, B]](...) (a type argument of several type
// parameters had no type: a nil pointer dereference in genAST),
// Two[Node[V]]() and sort.Sort(orderedSlice[Elem](s)) ("type not found:
// Node[main.TextValue]": it looks an instance up in expression position
// and never builds it), the instance of one generic function calling
// another with T a type the program declares. Every instantiation of
// such a function gets a copy too, in which those instances are of
// types written out, which the other passes name (lower_geninstance.go)
// and yaegi builds. The copies are checked again, and a copy that
// instantiates another such function with its type arguments gets a
// copy of that one in turn, for a few rounds (specialiseRounds), with at
// most specialiseCopies copies of a function.
//
// A generic function that converts to its type parameter (s / T(len(xs))
// in an Avg[T ~int | ~float64] called with a type Celsius float64) gets a
// copy for every instantiation: yaegi converts to a type parameter only
// where its argument is a predeclared type (see lower_paramname.go).
//
// So does a generic function that makes a value of a generic error type
// (return NotFound[K]{k} as an error): the shell boxes such a value under
// its type's name (lower_errbox.go), NotFound[K] in the original, which
// no NotFound[string] made elsewhere equals (errors.Is was false).
//
// A generic function with a parameter of a type parameter's type,
// instantiated with a type that holds a float (Clamp[float64]), gets a
// copy for that instantiation too: yaegi dropped a negative zero passed
// to it (see lower_negzero.go), and the copy, a function like the
// others, takes its floats as any.
//
// A generic function whose body hands a value of a type made of its type
// parameters (not a type parameter itself; for encoding/json that too)
// to an interface (fmt.Println(vs) of a []T, json.Unmarshal into &v)
// gets a copy for every instantiation: the lowerings of fmt and
// encoding/json convert values by their static type, which in the copy
// is written out ([]Color, not []T, which yaegi held as a []int); and
// with every instantiation copied, what each puts in an interface is
// known (see refuse_genericcomposite.go).
//
// The prompt's functions are left alone (an input cannot add to an
// earlier one), and so are instantiations whose type arguments cannot
// be written at the package's level (a type declared in a function):
// the refusals of lower_typeparamassert.go and lower_refuse.go stand for
// what is not copied, and yaegi's own failure for the rest.

// specialisations is the pass's plan: the uses of the generic functions
// that name copies, and the functions every use of which does, by the
// offsets of their names.
type specialisations struct {
	uses  map[int]string
	whole map[int]bool
}

// specialiseRounds bounds the rounds of copies: a copy that instantiates
// generic code with its type arguments may need copies of that code in
// turn (f[T] calls g[T] calls h[[]T]).
const specialiseRounds = 4

// specialiseCopies bounds the copies of one generic function.
const specialiseCopies = 16

// specialise returns the plan p again, checked with the copies described
// above appended to its source, or p itself if there are none.
// genericFuncs yields the segment's generic functions (not methods) with
// bodies, and their objects.
func (w *rewriter) genericFuncs() iter.Seq2[*ast.FuncDecl, *types.Func] {
	return func(yield func(*ast.FuncDecl, *types.Func) bool) {
		info := w.info()
		for _, d := range w.file.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Recv != nil || fd.Type.TypeParams == nil || fd.Body == nil {
				continue
			}
			if obj, ok := info.Defs[fd.Name].(*types.Func); ok && !yield(fd, obj) {
				return
			}
		}
	}
}

func (fe *FrontEnd) specialise(p *Plan) (*Plan, error) {
	if info := p.lowering.info(); info == nil || p.lowering.mode != ModeScript || p.Seg.Kind != gosrc.SegFile {
		return p, nil
	}
	sp := &specialisations{uses: map[int]string{}, whole: map[int]bool{}}
	made := map[string]string{} // function and type arguments -> copy
	perFunc := map[string]int{}
	copies := 0
	cur := p
	for range specialiseRounds {
		w := cur.lowering
		info := w.info()
		uses := map[int]string{}
		whole := map[int]bool{}
		var pieces []gosrc.Piece
		for fd, obj := range w.genericFuncs() {
			var params []*types.TypeName
			for _, f := range fd.Type.TypeParams.List {
				for _, id := range f.Names {
					tn, _ := info.Defs[id].(*types.TypeName)
					params = append(params, tn)
				}
			}
			asserted, fromMethods, ifaceAssert, passesOn, genericIface := w.genericAsserts(fd, params)
			builds := w.buildsInstances(fd)
			asserts := builds || !passesOn && (ifaceAssert || slices.Contains(asserted, true))
			floats := floatParams(obj, params)
			// Values made of its type parameters handed to interfaces
			// (refuse_genericcomposite.go): a copy for the type
			// arguments made of the program's types.
			composes := passedComposites(info, fd.Body, obj.Signature().Results())
			composed := len(composes.types) > 0
			// A conversion to a type parameter (T(len(xs))), which
			// yaegi compiles only for a predeclared type argument (see
			// lower_paramname.go): a copy for every instantiation.
			converts := convertsToParam(info, fd.Body, nil)
			// A value of a generic error type it makes (NotFound[K]{k}):
			// boxed as an error, it is named by its type, which the
			// copy writes out (NotFound[string], not NotFound[K], which
			// no value made elsewhere equals).
			converts = converts || makesGenericError(info, fd.Body)
			if genericIface || !asserts && !slices.Contains(floats, true) && !composed && !converts {
				continue
			}
			all := true
			for _, id := range slices.SortedFunc(maps.Keys(info.Instances), func(a, b *ast.Ident) int { return int(a.Pos() - b.Pos()) }) {
				if info.Uses[id] != obj || (id.Pos() >= fd.Pos() && id.Pos() < fd.End()) || w.copied(id) {
					continue
				}
				off := w.offset(id.Pos())
				if sp.uses[off] != "" {
					continue // named a copy in an earlier round
				}
				inst := info.Instances[id]
				need := false
				if asserts {
					need = builds || ifaceAssert
					for i := 0; i < inst.TypeArgs.Len() && i < len(asserted); i++ {
						// (A type of the program's with methods: a value
						// of it in the interpreter's wrapper of a compiled
						// interface is taken out in the copy, see
						// wrapperAssert.)
						need = need || asserted[i] && (fromMethods[i] || types.IsInterface(inst.TypeArgs.At(i)) || ifaceWrappedType(inst.TypeArgs.At(i)))
					}
				}
				for i := 0; i < inst.TypeArgs.Len() && i < len(floats); i++ {
					need = need || floats[i] && holdsFloat(inst.TypeArgs.At(i), nil)
				}
				// Every instantiation, so that what the copies hand to
				// interfaces is known: a []int in an any of the
				// original would be taken for the copy's []Color
				// (lower_fmtheld.go).
				need = need || composed || converts
				if !need {
					all = all && asserts // the function runs as it is for these arguments
					continue
				}
				args, ok := w.typeArgs(inst, w.file.Name.Pos())
				if !ok || slices.ContainsFunc(slices.Collect(inst.TypeArgs.Types()), hasTypeParam) {
					all = false
					continue
				}
				key := fd.Name.Name + "[" + strings.Join(args, ", ") + "]"
				name, ok := made[key]
				if !ok {
					if perFunc[fd.Name.Name] >= specialiseCopies {
						all = false
						continue
					}
					perFunc[fd.Name.Name]++
					copies++
					name = fmt.Sprintf("%s__%d", fd.Name.Name, copies)
					made[key] = name
					pieces = append(pieces, w.specialCopy(fd, name, args, slices.Collect(inst.TypeArgs.Types()))...)
				}
				uses[off] = name
			}
			off := w.offset(fd.Name.Pos())
			if prev, ok := sp.whole[off]; ok {
				all = all && prev
			}
			whole[off] = all
		}
		if len(uses) == 0 {
			break
		}
		q := cur
		if len(pieces) > 0 {
			src := w.src.Extend(pieces)
			seg := cur.Seg
			seg.To = len(src.Text)
			var err error
			q, err = fe.Check(src, seg, w.mode)
			if err != nil || q == nil {
				// A copy Go would not compile (a case left of a type
				// switch whose variable the copy gives another type): the
				// program goes as it was, to the refusals.
				break
			}
			q.lowering.copies = w.copies
		}
		maps.Copy(sp.uses, uses)
		maps.Copy(sp.whole, whole)
		cur = q
		if len(pieces) == 0 {
			break
		}
	}
	if cur == p && len(sp.uses) == 0 {
		return p, nil
	}
	cur.lowering.specials = sp
	return cur, nil
}

// typeName matches a type written as a name, which a copy writes for the
// type parameter (others are named by an alias).
var typeName = regexp.MustCompile(`^[\pL_][\pL\pN_]*(\.[\pL_][\pL\pN_]*)?$`)

// specialCopy returns the text of a copy of the generic function fd named
// name, for the type arguments args (types): an alias of each argument
// not written as a name, then the function without its type parameters,
// which name the arguments. A case of a type switch that an earlier case
// of the copy takes first names a type of the copy's own that nothing
// is, as Go, which tries the cases in order, never takes it either.
func (w *rewriter) specialCopy(fd *ast.FuncDecl, name string, args []string, types_ []types.Type) []gosrc.Piece {
	info := w.info()
	head := "\n\n"
	params := map[types.Object]string{}
	paramTypes := map[types.Type]types.Type{}
	i := 0
	for _, f := range fd.Type.TypeParams.List {
		for _, id := range f.Names {
			if tn, ok := info.Defs[id].(*types.TypeName); ok {
				paramTypes[tn.Type()] = types_[i]
			}
			switch {
			case id.Name == "_":
			case typeName.MatchString(args[i]):
				params[info.Defs[id]] = args[i]
			default:
				alias := name + "_" + id.Name
				params[info.Defs[id]] = alias
				head += "type " + alias + " = " + args[i] + "\n"
			}
			i++
		}
	}
	type repl struct {
		off, end int
		text     string
	}
	var repls []repl
	dead := map[ast.Node]bool{}
	// never returns a type that nothing is, which can be a case of ts:
	// it has the methods of the switch's interface, by embedding it.
	nevers := map[*ast.TypeSwitchStmt]string{}
	never := func(ts *ast.TypeSwitchStmt) string {
		if n, ok := nevers[ts]; ok {
			return n
		}
		n := fmt.Sprintf("%s_none%d", name, len(nevers)+1)
		nevers[ts] = n
		head += "type " + n + " struct{ _ [0]func() }\n"
		if x := switchOperand(ts); x != nil {
			if t := info.TypeOf(x); t != nil {
				ms := types.NewMethodSet(t)
				for i := range ms.Len() {
					m := ms.At(i).Obj()
					if sig, ok := w.typeSource(m.Type(), w.file.Name.Pos()); ok {
						head += "func (" + n + ") " + m.Name() + strings.TrimPrefix(sig, "func") + " { panic(0) }\n"
					}
				}
			}
		}
		return n
	}
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		ts, ok := n.(*ast.TypeSwitchStmt)
		if !ok {
			return true
		}
		var seen []types.Type
		for _, s := range ts.Body.List {
			cc := s.(*ast.CaseClause)
			all := len(cc.List) > 0
			for _, e := range cc.List {
				t := info.TypeOf(e)
				if a, ok := paramTypes[t]; ok {
					t = a
				} else if t == nil || hasTypeParam(t) {
					all = false // another type in each copy: taken as Go takes it
					continue
				}
				if slices.ContainsFunc(seen, func(u types.Type) bool { return types.Identical(t, u) }) {
					dead[e] = true
				} else {
					all = false
				}
				seen = append(seen, t)
			}
			if all {
				// Never taken: the clause goes, with its variable.
				dead[cc] = true
				repls = append(repls, repl{w.offset(cc.Pos()), w.offset(cc.End()), ""})
				continue
			}
			for _, e := range cc.List {
				if dead[e] {
					repls = append(repls, repl{w.offset(e.Pos()), w.offset(e.End()), never(ts)})
				}
			}
		}
		return true
	})
	ast.Inspect(fd, func(n ast.Node) bool {
		if dead[n] {
			return false
		}
		if id, ok := n.(*ast.Ident); ok && id.Pos() >= fd.Type.Params.Pos() {
			if text, ok := params[info.Uses[id]]; ok {
				repls = append(repls, repl{w.offset(id.Pos()), w.offset(id.End()), text})
			}
		}
		return true
	})
	slices.SortFunc(repls, func(a, b repl) int { return a.off - b.off })
	pieces := []gosrc.Piece{{Text: head + "func " + name, Orig: w.offset(fd.Pos()), Fixed: true}}
	at, end := w.offset(fd.Type.Params.Pos()), w.offset(fd.End())
	for _, r := range repls {
		pieces = append(pieces,
			gosrc.Piece{Text: w.src.Text[at:r.off], Orig: at},
			gosrc.Piece{Text: r.text, Orig: r.off, Fixed: true})
		at = r.end
	}
	return append(pieces, gosrc.Piece{Text: w.src.Text[at:end], Orig: at})
}

// floatParams reports which of a generic function's type parameters type
// one of its parameters: instantiated with a type that holds a float, a
// copy of the function takes those parameters as any (lower_negzero.go),
// so that a negative zero passed keeps its sign.
func floatParams(fn *types.Func, params []*types.TypeName) []bool {
	out := make([]bool, len(params))
	sig := fn.Signature()
	for i, tn := range params {
		for j := range sig.Params().Len() {
			if tn != nil && !(sig.Variadic() && j == sig.Params().Len()-1) && types.Identical(sig.Params().At(j).Type(), tn.Type()) {
				out[i] = true
			}
		}
	}
	return out
}

// genericAsserts reports, of a generic function declaring params, which
// of them it asserts to (x.(T), case T), whether it asserts to an
// interface whose methods mention a type parameter, whether its body
// instantiates a generic function with a type parameter, and whether it
// asserts to an instance of a generic interface (which no copy mends).
func (w *rewriter) genericAsserts(fd *ast.FuncDecl, params []*types.TypeName) (asserted, fromMethods []bool, ifaceAssert, passesOn, genericIface bool) {
	info := w.info()
	asserted = make([]bool, len(params))
	fromMethods = make([]bool, len(params))
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		var asserts []ast.Expr
		var operand ast.Expr
		switch n := n.(type) {
		case *ast.TypeAssertExpr:
			if n.Type != nil {
				asserts = append(asserts, n.Type)
				operand = n.X
			}
		case *ast.TypeSwitchStmt:
			for _, s := range n.Body.List {
				asserts = append(asserts, s.(*ast.CaseClause).List...)
			}
			operand = switchOperand(n)
		case *ast.CallExpr:
			// errors.As(err, &t), t of a type parameter's type: the
			// assertion to it lower_errors.go writes (every instantiation
			// gets a copy, in which t's type is written out).
			if t, ok := errorsAsParamTarget(info, n); ok {
				walkType(t, func(t types.Type) bool {
					if tp, ok := t.(*types.TypeParam); ok {
						if i := slices.Index(params, tp.Obj()); i >= 0 {
							asserted[i], fromMethods[i] = true, true
						}
					}
					return true
				})
			}
		case *ast.Ident:
			if inst, ok := info.Instances[n]; ok {
				// (Not errors.AsType: it becomes errors.As's matching,
				// see lower_errors.go.)
				if fn, isFunc := info.Uses[n].(*types.Func); isFunc && !isErrorsAsType(fn) && slices.ContainsFunc(slices.Collect(inst.TypeArgs.Types()), hasTypeParam) {
					passesOn = true
				}
			}
		}
		for _, e := range asserts {
			t := info.TypeOf(e)
			if t == nil {
				continue
			}
			if tp, ok := t.(*types.TypeParam); ok {
				if i := slices.Index(params, tp.Obj()); i >= 0 {
					asserted[i] = true
					// yaegi failed to instantiate the function at all
					// (see lower_assertparam.go).
					if operand != nil {
						if iface, ok := info.TypeOf(operand).Underlying().(*types.Interface); ok && iface.NumMethods() > 0 {
							fromMethods[i] = true
						}
					}
				}
			}
			if iface, ok := t.Underlying().(*types.Interface); ok && iface.NumMethods() > 0 && mentionsTypeParam(iface) {
				ifaceAssert = true
				if named, ok := types.Unalias(t).(*types.Named); ok && named.TypeArgs().Len() > 0 {
					// The interpreter misses the methods a generic
					// struct embeds in an instance of a generic
					// interface, copy or not: the refusal stands.
					genericIface = true
				}
			}
		}
		return true
	})
	return asserted, fromMethods, ifaceAssert, passesOn, genericIface
}

// isErrorsAsType reports whether fn is errors.AsType.
func isErrorsAsType(fn *types.Func) bool {
	return fn.Pkg() != nil && fn.Pkg().Path() == "errors" && fn.Name() == "AsType"
}

// errorsAsParamTarget returns the type of t in a call errors.As(err, &t),
// or of E in errors.AsType[E](err), where it mentions a type parameter.
func errorsAsParamTarget(info *types.Info, call *ast.CallExpr) (types.Type, bool) {
	if ix, ok := call.Fun.(*ast.IndexExpr); ok && len(call.Args) == 1 {
		sel, ok := ix.X.(*ast.SelectorExpr)
		if !ok {
			return nil, false
		}
		fn, ok := info.Uses[sel.Sel].(*types.Func)
		if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "errors" || fn.Name() != "AsType" {
			return nil, false
		}
		t := info.TypeOf(ix.Index)
		return t, t != nil && hasTypeParam(t)
	}
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok || len(call.Args) != 2 {
		return nil, false
	}
	fn, ok := info.Uses[sel.Sel].(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "errors" || fn.Name() != "As" {
		return nil, false
	}
	u, ok := ast.Unparen(call.Args[1]).(*ast.UnaryExpr)
	if !ok || u.Op != token.AND {
		return nil, false
	}
	t := info.TypeOf(u.X)
	return t, t != nil && hasTypeParam(t)
}

// switchOperand returns x of a type switch on x.(type).
func switchOperand(n *ast.TypeSwitchStmt) ast.Expr {
	var e ast.Expr
	switch a := n.Assign.(type) {
	case *ast.ExprStmt:
		e = a.X
	case *ast.AssignStmt:
		if len(a.Rhs) == 1 {
			e = a.Rhs[0]
		}
	}
	if ta, ok := e.(*ast.TypeAssertExpr); ok {
		return ta.X
	}
	return nil
}

// lowerSpecialUses makes the uses of the generic functions name their
// copies: f[any](x) -> f__1(x).
func (w *rewriter) lowerSpecialUses(in *inspector.Inspector) {
	if w.specials == nil {
		return
	}
	// After what other passes insert at the same place ([]I{f[T](x)}[0]
	// of lower_ifacecopy.go), which the renaming would drop.
	w.renameInstances(in, w.specials.uses, 1000)
}

// specialised reports whether the use id of a generic function names a
// copy (of this pass or of lower_typecopy.go).
func (w *rewriter) specialised(id *ast.Ident) bool {
	return w.specials != nil && w.specials.uses[w.offset(id.Pos())] != "" || w.copied(id)
}

// wholeSpecialised reports whether n is in a generic function every use
// of which names a copy (only its copies run).
func (w *rewriter) wholeSpecialised(n ast.Node) bool {
	if w.specials == nil {
		return false
	}
	for _, d := range w.file.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && n.Pos() >= fd.Pos() && n.End() <= fd.End() {
			return w.specials.whole[w.offset(fd.Name.Pos())]
		}
	}
	return false
}

// convertsToParam reports whether body converts a value to a type
// parameter (see paramConversion) which reports true for (nil: any).
func convertsToParam(info *types.Info, body *ast.BlockStmt, which func(*types.TypeParam) bool) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok {
			if tp := paramConversion(info, call); tp != nil && (which == nil || which(tp)) {
				found = true
			}
		}
		return !found
	})
	return found
}

// buildsInstances reports whether the body of the generic function fd
// instantiates the program's generic code with its type parameters: a
// call or value of a generic function (f[T], g[Pair[K, V]]), a
// conversion to an instance of a generic type (List[T](x)), or an
// instance of a generic type of several type parameters (Pair[K, V])
// asserted to or in a function literal's signature, which yaegi fails to
// compile in the function's instances (see the pass's doc).
func (w *rewriter) buildsInstances(fd *ast.FuncDecl) bool {
	info := w.info()
	// The type parameters in its body are its own: Go has no generic
	// function literals.
	mentionsParam := hasTypeParam
	builds := false
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		if builds {
			return false
		}
		switch n := n.(type) {
		case *ast.Ident:
			inst, ok := info.Instances[n]
			if !ok {
				break
			}
			// (Of the program's generic code, or of the prelude's stand-ins
			// of the standard library's: slices.Sorted(maps.Keys(m)) in a
			// SortedKeys[K, V] called with a type Color string ended the
			// interpreter's code generation with a nil dereference.)
			if fn, isFunc := info.Uses[n].(*types.Func); isFunc && fn.Pkg() != nil && (fn.Pkg().Path() == "main" || fn.Signature().Recv() == nil && preludeName(fn.Pkg(), fn.Name()) != "") {
				builds = slices.ContainsFunc(slices.Collect(inst.TypeArgs.Types()), mentionsParam)
			}
		case *ast.CallExpr:
			if tv, ok := info.Types[ast.Unparen(n.Fun)]; ok && tv.IsType() && genericInstanceOf(tv.Type) && mentionsParam(tv.Type) {
				builds = true
			}
		case *ast.TypeAssertExpr:
			// An instance of a generic type of the program's of several
			// type parameters written with the function's, asserted to
			// (x.(*entry[K, V])) or a function literal's parameter or
			// result (func(a, b Pair[K, V]) int): yaegi failed to
			// compile the function (a CFG post-order panic).
			builds = n.Type != nil && w.paramInstanceIn(n.Type)
		case *ast.CaseClause:
			builds = slices.ContainsFunc(n.List, func(e ast.Expr) bool { return w.paramInstanceIn(e) })
		case *ast.FuncLit:
			builds = w.paramInstanceIn(n.Type)
		}
		return true
	})
	return builds
}

// paramInstanceIn reports whether n writes an instance of a generic type
// of the program's of several type parameters with type parameters
// (Pair[K, V]).
func (w *rewriter) paramInstanceIn(n ast.Node) bool {
	info := w.info()
	found := false
	ast.Inspect(n, func(n ast.Node) bool {
		if x, ok := n.(*ast.IndexListExpr); ok {
			if tv, ok := info.Types[x]; ok && tv.IsType() && genericInstanceOf(tv.Type) && hasTypeParam(tv.Type) {
				found = true
			}
		}
		return !found
	})
	return found
}

// makesGenericError reports whether body makes a value (a composite
// literal) of a type made of type parameters that is an error.
func makesGenericError(info *types.Info, body *ast.BlockStmt) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		lit, ok := n.(*ast.CompositeLit)
		if !ok || found {
			return !found
		}
		if t := info.TypeOf(lit); t != nil && hasTypeParam(t) && (types.Implements(t, errorType) || types.Implements(types.NewPointer(t), errorType)) {
			found = true
		}
		return !found
	})
	return found
}
