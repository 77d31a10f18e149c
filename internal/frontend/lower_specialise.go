package frontend

import (
	"fmt"
	"go/ast"
	"go/types"
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
// parameter the function asserts to (with a concrete type the function
// runs right as it is), and for every instantiation of a function that
// asserts to an interface mentioning a type parameter. A function whose
// body instantiates a generic function with its own type parameters is
// left alone (the copy would pass them on), and so are the prompt's
// functions: the refusals of lower_typeparamassert.go and
// lower_refuse.go stand for what is not copied.

// specialisations is the pass's plan: the uses of the generic functions
// that name copies, and the functions every use of which does, by the
// offsets of their names.
type specialisations struct {
	uses  map[int]string
	whole map[int]bool
}

// specialise returns the plan p again, checked with the copies described
// above appended to its source, or p itself if there are none.
func (fe *FrontEnd) specialise(p *Plan) (*Plan, error) {
	w := p.lowering
	info := w.info()
	if info == nil || w.mode != ModeScript || p.Seg.Kind != gosrc.SegFile {
		return p, nil
	}
	sp := &specialisations{uses: map[int]string{}, whole: map[int]bool{}}
	var pieces []gosrc.Piece
	copies := 0
	for _, d := range w.file.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Recv != nil || fd.Type.TypeParams == nil || fd.Body == nil {
			continue
		}
		obj, ok := info.Defs[fd.Name].(*types.Func)
		if !ok {
			continue
		}
		var params []*types.TypeName
		for _, f := range fd.Type.TypeParams.List {
			for _, id := range f.Names {
				tn, _ := info.Defs[id].(*types.TypeName)
				params = append(params, tn)
			}
		}
		asserted, fromMethods, ifaceAssert, passesOn := w.genericAsserts(fd, params)
		if passesOn || (!ifaceAssert && !slices.Contains(asserted, true)) {
			continue
		}
		byArgs := map[string]string{}
		whole := true
		for _, id := range slices.SortedFunc(maps.Keys(info.Instances), func(a, b *ast.Ident) int { return int(a.Pos() - b.Pos()) }) {
			if info.Uses[id] != obj || (id.Pos() >= fd.Pos() && id.Pos() < fd.End()) || w.copied(id) {
				continue
			}
			inst := info.Instances[id]
			need := ifaceAssert
			for i := 0; i < inst.TypeArgs.Len() && i < len(asserted); i++ {
				need = need || asserted[i] && (fromMethods[i] || types.IsInterface(inst.TypeArgs.At(i)))
			}
			if !need {
				continue
			}
			args, ok := w.typeArgs(inst, w.file.Name.Pos())
			if !ok || slices.ContainsFunc(slices.Collect(inst.TypeArgs.Types()), hasTypeParam) {
				whole = false
				continue
			}
			key := strings.Join(args, ", ")
			name, ok := byArgs[key]
			if !ok {
				copies++
				name = fmt.Sprintf("%s__%d", fd.Name.Name, copies)
				byArgs[key] = name
				pieces = append(pieces, w.specialCopy(fd, name, args, slices.Collect(inst.TypeArgs.Types()))...)
			}
			sp.uses[w.offset(id.Pos())] = name
		}
		sp.whole[w.offset(fd.Name.Pos())] = whole
	}
	if len(pieces) == 0 {
		return p, nil
	}
	src := w.src.Extend(pieces)
	seg := p.Seg
	seg.To = len(src.Text)
	q, err := fe.Check(src, seg, w.mode)
	if err != nil || q == nil {
		// A copy Go would not compile (a case left of a type switch
		// whose variable the copy gives another type): the program goes
		// as it is, to the refusals.
		return p, nil
	}
	q.lowering.specials = sp
	q.lowering.copies = w.copies
	return q, nil
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

// genericAsserts reports, of a generic function declaring params, which
// of them it asserts to (x.(T), case T), whether it asserts to an
// interface whose methods mention a type parameter, and whether its body
// instantiates a generic function with a type parameter.
func (w *rewriter) genericAsserts(fd *ast.FuncDecl, params []*types.TypeName) (asserted, fromMethods []bool, ifaceAssert, passesOn bool) {
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
		case *ast.Ident:
			if inst, ok := info.Instances[n]; ok {
				if _, isFunc := info.Uses[n].(*types.Func); isFunc && slices.ContainsFunc(slices.Collect(inst.TypeArgs.Types()), hasTypeParam) {
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
					passesOn = true
				}
			}
		}
		return true
	})
	return asserted, fromMethods, ifaceAssert, passesOn
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
	in.WithStack([]ast.Node{(*ast.Ident)(nil)}, func(n ast.Node, push bool, stack []ast.Node) bool {
		id := n.(*ast.Ident)
		name := w.specials.uses[w.offset(id.Pos())]
		if !push || name == "" {
			return true
		}
		var e ast.Node = id
		if len(stack) >= 2 {
			switch x := stack[len(stack)-2].(type) {
			case *ast.IndexExpr:
				if x.X == id {
					e = x
				}
			case *ast.IndexListExpr:
				if x.X == id {
					e = x
				}
			}
		}
		w.add(w.offset(e.Pos()), w.offset(e.End()), name, -2)
		return true
	})
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
