package frontend

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/ast/astutil"
)

// Function literals deferred in a loop.
//
// yaegi v0.16.1 keeps one slot of its function's frame for a variable
// declared in a loop, and a closure reads the frame's slot when it runs: a
// literal deferred in a loop (defer func() { fmt.Println(i) }()) saw the
// last iteration's variables when the function returned, even those the
// front end gives each iteration (see rewriter.loopVars). A pointer to a
// variable, taken at the statement, does point at that iteration's
// variable. The pass hands the literal pointers to the variables of the
// loops around it that it uses, under their own names, taken at the defer
// statement:
//
//	for i := 0; i < 3; i++ {
//		defer func() { fmt.Println(i) }()
//	}
//
// becomes (with the loop's own copy of i, __i_1)
//
//	{ __d1 := &__i_1; defer func(__i_1 *int) { fmt.Println((*__i_1)) }(__d1) }
//
// A stretch of the function that a goto jumps back through is a loop too
// (gotoLoops). The literal reads and writes each variable itself, as Go's
// closure does, when it runs. A variable whose type cannot be written at the statement
// leaves the literal as it was.

// lowerDeferInLoop rewrites a deferred function literal inside a loop of
// its function that uses variables declared in that loop.
func (w *rewriter) lowerDeferInLoop(d *ast.DeferStmt) {
	info := w.info()
	if info == nil {
		return
	}
	lit, ok := ast.Unparen(d.Call.Fun).(*ast.FuncLit)
	if !ok {
		return
	}
	path, _ := astutil.PathEnclosingInterval(w.file, d.Pos(), d.End())
	var loops []posRange
	for _, n := range path {
		switch n := n.(type) {
		case *ast.ForStmt, *ast.RangeStmt:
			loops = append(loops, posRange{n.Pos(), n.End()})
			continue
		case *ast.FuncLit, *ast.FuncDecl:
			loops = append(loops, gotoLoops(funcBody(n))...)
		default:
			continue
		}
		break
	}
	if len(loops) == 0 {
		return
	}
	inLoop := func(v *types.Var) bool {
		for _, l := range loops {
			if l.pos <= v.Pos() && v.Pos() < l.end {
				return true
			}
		}
		return false
	}
	var vars []*types.Var
	uses := map[*types.Var][]*ast.Ident{}
	ast.Inspect(lit.Body, func(n ast.Node) bool {
		id, ok := n.(*ast.Ident)
		if !ok {
			return true
		}
		v, ok := info.Uses[id].(*types.Var)
		if !ok || v.IsField() || !inLoop(v) || lit.Pos() <= v.Pos() && v.Pos() < lit.End() {
			return true
		}
		if uses[v] == nil {
			vars = append(vars, v)
		}
		uses[v] = append(uses[v], id)
		return true
	})
	if len(vars) == 0 {
		return
	}
	var params, ptrs, takes []string
	for _, v := range vars {
		t, ok := w.typeSourceImporting(v.Type(), d.Pos())
		if !ok {
			return
		}
		name := v.Name()
		if c, ok := w.loopCopies[v.Pos()]; ok {
			name = c
		}
		ptr := w.tmpName("d")
		params = append(params, name+" *"+t)
		ptrs = append(ptrs, ptr)
		takes = append(takes, "&"+name)
		for _, id := range uses[v] {
			// Before other renamings of the variable, after the
			// insertions that wrap an expression starting with it (a
			// bounds check's xs[__repl.Index(i, len(xs))]).
			w.add(w.offset(id.Pos()), w.offset(id.End()), "(*"+name+")", -2)
		}
	}
	start, end := w.offset(d.Pos()), w.offset(d.End())
	w.add(start, start, fmt.Sprintf("{ %s := %s; ", strings.Join(ptrs, ", "), strings.Join(takes, ", ")), -30)
	w.add(end, end, " }", 30)
	sep := ""
	if lit.Type.Params.NumFields() > 0 {
		sep = ", "
	}
	at := w.offset(lit.Type.Params.Opening) + 1
	w.add(at, at, strings.Join(params, ", ")+sep, 0)
	sep = ""
	if len(d.Call.Args) > 0 {
		sep = ", "
	}
	// The call's ( is replaced rather than text inserted after it: an
	// insertion there would go with the first argument where the
	// arguments move (hoisted, to be taken at the statement).
	at = w.offset(d.Call.Lparen)
	w.add(at, at+1, "("+strings.Join(ptrs, ", ")+sep, -30)
}

// lowerDeferCallInLoop rewrites a deferred method call in a loop, x.M(a),
// or a call of a function the program declares (lowerDeferFuncInLoop) or
// of close (lowerDeferCloseInLoop), but one that may call recover, into a
// call of a function literal that takes the receiver and the arguments as
// parameters, each taken at the statement into a variable of its own:
// yaegi v0.16.1 reads the receiver of a deferred method call when the call
// runs, so in a loop every call saw the last iteration's (defer
// ts[i].M() called M on the last element each time), where the
// parameters of a deferred literal hold what they were given:
//
//	defer ts[i].M(x)  ->  { __r1 := ts[i]; __a2 := x; defer func(__r T, __p0 int) { __r.M(__p0) }(__r1, __a2) }
//
// It reports whether it did; otherwise rewriter.hoistArgs takes the
// receiver and arguments as before.
func (w *rewriter) lowerDeferCallInLoop(d *ast.DeferStmt) bool {
	info := w.info()
	if info == nil {
		return false
	}
	if len(d.Call.Args) == 1 && len(w.resultTypes(d.Call.Args[0])) > 1 {
		return false // f(g()) of several results: hoistArgs's
	}
	if !w.inLoop(d, info) || w.mayRecover(info, d.Call) {
		// (One that calls recover must be the deferred function itself:
		// called from a literal, its recover returns nil.)
		return false
	}
	if id, ok := d.Call.Fun.(*ast.Ident); ok {
		if isBuiltin(info, id, "close") {
			return w.lowerDeferCloseInLoop(d, id)
		}
		return w.lowerDeferFuncInLoop(d, id)
	}
	sel, ok := d.Call.Fun.(*ast.SelectorExpr)
	if !ok {
		return false
	}
	s := info.Selections[sel]
	if s == nil || s.Kind() != types.MethodVal {
		return false
	}
	sig, ok := s.Type().(*types.Signature)
	if !ok || sig.TypeParams().Len() > 0 {
		return false
	}
	xt := info.TypeOf(sel.X)
	_, xPtr := xt.Underlying().(*types.Pointer)
	_, ptrRecv := s.Obj().(*types.Func).Signature().Recv().Type().(*types.Pointer)
	rt := xt
	switch {
	case types.IsInterface(xt):
	case !xPtr && ptrRecv:
		rt = types.NewPointer(xt)
	case xPtr && !ptrRecv && len(s.Index()) == 1:
		rt = xt.Underlying().(*types.Pointer).Elem()
	}
	rtText, ok := w.typeSource(rt, d.Pos())
	if !ok {
		return false
	}
	params, inner, ok := w.deferParams(d, sig)
	if !ok {
		return false
	}
	recv, ok := w.receiverOf(sel)
	if !ok {
		return false
	}
	rtmp := w.tmpName("r")
	hoist, vals, args := w.deferArgs(d, []string{rtmp}, []string{recv}, []string{rtmp})
	w.addDeferCall(d, deferCallEdit{
		pre:  fmt.Sprintf("{ %sdefer func(__r %s%s) { ", defines(hoist, vals), rtText, prefixComma(params)),
		call: fmt.Sprintf("__r.%s(%s)", sel.Sel.Name, strings.Join(inner, ", ")),
		post: fmt.Sprintf(" }(%s) }", strings.Join(args, ", ")),
	})
	return true
}

// lowerDeferFuncInLoop is lowerDeferCallInLoop's for a call of a function
// the program declares at the package level, f(x) in a loop: written as a
// call of a literal taking the arguments, so that a panic of the call can
// be caught (lower_deferpanic.go), as a deferred literal's is:
//
//	defer f(x)  ->  { __a1 := x; defer func(__p0 int) { f(__p0) }(__a1) }
func (w *rewriter) lowerDeferFuncInLoop(d *ast.DeferStmt, id *ast.Ident) bool {
	info := w.info()
	fn, ok := info.Uses[id].(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "main" || fn.Parent() != fn.Pkg().Scope() || fn.Signature().TypeParams().Len() > 0 {
		return false
	}
	params, inner, ok := w.deferParams(d, fn.Signature())
	if !ok {
		return false
	}
	hoist, vals, args := w.deferArgs(d, nil, nil, nil)
	w.addDeferCall(d, deferCallEdit{
		pre:  fmt.Sprintf("{ %sdefer func(%s) { ", defines(hoist, vals), strings.Join(params, ", ")),
		call: fmt.Sprintf("%s(%s)", w.moved(id), strings.Join(inner, ", ")),
		post: fmt.Sprintf(" }(%s) }", strings.Join(args, ", ")),
	})
	return true
}

// lowerDeferCloseInLoop is lowerDeferCallInLoop's for close(ch) in a
// loop, the builtin whose deferred call panics (a channel closed twice):
// written as a call of a literal taking the channel, so that its panic can
// be caught (lower_deferpanic.go), as a deferred literal's is:
//
//	defer close(ch)  ->  { __a1 := ch; defer func(__p0 chan int) { close(__p0) }(__a1) }
func (w *rewriter) lowerDeferCloseInLoop(d *ast.DeferStmt, id *ast.Ident) bool {
	if len(d.Call.Args) != 1 {
		return false
	}
	t, ok := w.typeSource(w.info().TypeOf(d.Call.Args[0]), d.Pos())
	if !ok {
		return false
	}
	hoist, vals, args := w.deferArgs(d, nil, nil, nil)
	w.addDeferCall(d, deferCallEdit{
		pre:  fmt.Sprintf("{ %sdefer func(__p0 %s) { ", defines(hoist, vals), t),
		call: w.moved(id) + "(__p0)",
		post: fmt.Sprintf(" }(%s) }", strings.Join(args, ", ")),
	})
	return true
}

// deferParams returns the parameters of the literal that lowerDeferCallInLoop
// writes for d, a deferred call of a function of signature sig, and the
// arguments its call passes on.
func (w *rewriter) deferParams(d *ast.DeferStmt, sig *types.Signature) (params, inner []string, ok bool) {
	n := sig.Params().Len()
	if sig.Variadic() && !d.Call.Ellipsis.IsValid() && len(d.Call.Args) < n {
		// No value for the variadic parameter: the call passes none
		// (a literal's variadic parameter given none was an empty
		// slice, not nil, in the interpreter).
		n--
	}
	for i := range n {
		t, ok := w.typeSource(sig.Params().At(i).Type(), d.Pos())
		if !ok {
			return nil, nil, false
		}
		name := fmt.Sprintf("__p%d", i)
		arg := name
		if sig.Variadic() && i == sig.Params().Len()-1 {
			// A spread argument (x.M(a, s...)) is passed as the slice:
			// yaegi cannot spread one into a variadic literal.
			if !d.Call.Ellipsis.IsValid() {
				t = "..." + strings.TrimPrefix(t, "[]")
			}
			arg += "..."
		}
		params = append(params, name+" "+t)
		inner = append(inner, arg)
	}
	return params, inner, true
}

// deferArgs adds to hoist, vals and args (the variables the statement
// declares, their values, and the literal's arguments) d's arguments:
// each taken into a variable of its own, but constants.
func (w *rewriter) deferArgs(d *ast.DeferStmt, hoist, vals, args []string) ([]string, []string, []string) {
	for _, a := range d.Call.Args {
		if w.constantArg(a) {
			args = append(args, w.moved(a))
			continue
		}
		tmp := w.tmpName("a")
		hoist = append(hoist, tmp)
		v := w.moved(a)
		if u, ok := a.(*ast.UnaryExpr); ok && u.Op == token.ARROW {
			v = "(" + v + ")" // see parenRecv
		}
		vals = append(vals, v)
		args = append(args, tmp)
	}
	return hoist, vals, args
}

// addDeferCall writes d as e, whose call lower_deferpanic.go may catch
// (see rewriter.deferCalls).
func (w *rewriter) addDeferCall(d *ast.DeferStmt, e deferCallEdit) {
	e.index = len(w.edits)
	w.add(w.offset(d.Pos()), w.offset(d.End()), e.pre+e.call+e.post, -25)
	if w.deferCalls == nil {
		w.deferCalls = map[*ast.DeferStmt]deferCallEdit{}
	}
	w.deferCalls[d] = e
}

// defines declares each of names with its value, a statement each, in
// order: yaegi v0.16.1 gave the values after a composite literal in one
// statement (__r1, __a2 := V{i}, x) their zero values.
func defines(names, vals []string) string {
	var b strings.Builder
	for i, name := range names {
		fmt.Fprintf(&b, "%s := %s; ", name, vals[i])
	}
	return b.String()
}

func prefixComma(list []string) string {
	if len(list) == 0 {
		return ""
	}
	return ", " + strings.Join(list, ", ")
}

// inLoop reports whether n is in a loop of the function it is in, and in
// no range over a function (whose defer statements lowerRangeFuncDefer
// rewrites).
func (w *rewriter) inLoop(n ast.Node, info *types.Info) bool {
	path, _ := astutil.PathEnclosingInterval(w.file, n.Pos(), n.End())
	loop := false
	for _, p := range path {
		switch p := p.(type) {
		case *ast.ForStmt:
			loop = true
		case *ast.RangeStmt:
			if t := info.TypeOf(p.X); t != nil {
				if _, isFunc := t.Underlying().(*types.Signature); isFunc {
					return false
				}
			}
			loop = true
		case *ast.FuncLit, *ast.FuncDecl:
			return loop || slices.ContainsFunc(gotoLoops(funcBody(p)), func(l posRange) bool { return l.holds(n) })
		}
	}
	return loop
}

// typeSourceImporting is typeSource, which imports for the segment, under
// names of its own, the packages of the exported types t names that its
// code does not import (h := fnv.New32a() is a hash.Hash32, and "hash"
// may not be imported).
func (w *rewriter) typeSourceImporting(t types.Type, pos token.Pos) (string, bool) {
	if src, ok := w.typeSource(t, pos); ok {
		return src, true
	}
	names := w.pkgNames()
	imported := false
	walkWritten(t, func(u types.Type) bool {
		if n, ok := types.Unalias(u).(*types.Named); ok {
			if p := n.Obj().Pkg(); p != nil && p.Path() != "main" && names[p.Path()] == "" && w.importIface(n) {
				imported = true
			}
		}
		return true
	})
	if !imported {
		return "", false
	}
	return w.typeSource(t, pos)
}

// posRange is the source text from pos to end.
type posRange struct{ pos, end token.Pos }

// holds reports whether n is in r.
func (r posRange) holds(n ast.Node) bool { return r.pos <= n.Pos() && n.End() <= r.end }

// gotoLoops returns the stretches of body, a function's, that a goto
// jumping back to a label runs again, from the label to the goto: the
// interpreter keeps a variable declared there in one place, as it does
// one declared in a loop's body.
func gotoLoops(body *ast.BlockStmt) []posRange {
	if body == nil {
		return nil
	}
	gotos, labels := funcJumps(body)
	var loops []posRange
	for _, g := range gotos {
		if l, ok := labels[g.Label.Name]; ok && l < g.Pos() {
			loops = append(loops, posRange{l, g.End()})
		}
	}
	return loops
}

// funcGotos returns the goto statements of body, a function's (not those
// of the function literals in it).
func funcGotos(body *ast.BlockStmt) []*ast.BranchStmt {
	gotos, _ := funcJumps(body)
	return gotos
}

// funcJumps returns the goto statements and the labels of body, a
// function's (not those of the function literals in it), the labels with
// their statements' positions.
func funcJumps(body *ast.BlockStmt) ([]*ast.BranchStmt, map[string]token.Pos) {
	var gotos []*ast.BranchStmt
	labels := map[string]token.Pos{}
	if body == nil {
		return nil, labels
	}
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.BranchStmt:
			if n.Tok == token.GOTO && n.Label != nil {
				gotos = append(gotos, n)
			}
		case *ast.LabeledStmt:
			labels[n.Label.Name] = n.Pos()
		}
		return true
	})
	return gotos, labels
}

// MissingGotoLabel returns an error for the first goto of f, rewritten
// code parsed with fset, whose label its function (or function literal)
// does not declare, or nil: the interpreter compiles such a goto to go
// nowhere, where a lowering dropped the label.
func MissingGotoLabel(fset *token.FileSet, f *ast.File) error {
	var err error
	ast.Inspect(f, func(n ast.Node) bool {
		if err != nil {
			return false
		}
		body := funcBody(n)
		if body == nil {
			return true
		}
		gotos, labels := funcJumps(body)
		for _, g := range gotos {
			if _, ok := labels[g.Label.Name]; !ok {
				err = fmt.Errorf("%s: label %s not defined", fset.Position(g.Label.Pos()), g.Label.Name)
				break
			}
		}
		return true
	})
	return err
}
