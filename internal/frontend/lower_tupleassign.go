package frontend

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/asyncrepl/asyncrepl/internal/gosrc"
)

// Assignments of several values.
//
// Go evaluates every value on the right of a, b = x, y before it assigns
// any. yaegi v0.16.1 assigns each value as it goes, so a later value sees
// an earlier assignment (x[1], y[0] = f(0), f(1) with y aliasing x and f
// reading it), and a later value that panics leaves the earlier variables
// assigned (bad, _ = true, *p). Where a value after the first is more
// than a name or a constant, the pass evaluates the values into variables
// of the targets' types first:
//
//	a, b = f(0), g()  ->  { var __v1 int = f(0); var __v2 int = g(); a, b = __v1, __v2 }
//
// Plain names and constants (the swap a, b = b, a) yaegi gets right, and
// they are left as they are. An assignment that is the init of an if, for
// or switch has its values evaluated before the statement, in a block
// around it (yaegi assigned zero to a in if a, b = x+1, f(); ...):
//
//	if a, b = x+1, f(); a != b {}  ->  { var __v1 int = x+1; var __v2 int = f(); a = __v1; b = __v2; if ; a != b {} }
//
// Variables of an interface type assigned together (u, v = x, y, x
// holding a value of a type with methods) stopped the program, yaegi
// failing to store its interface value (reflect.Set: value of type
// interface {} is not assignable to type interp.valueInterface), or left
// the other targets as they were (i, st = 2, x with st a fmt.Stringer left
// i 0): where a target is such a variable and every target a name, the
// values go into variables first and each target is assigned alone
// (lowerIfaceTuple):
//
//	u, v = x, y  ->  { var __v1 any = x; var __v2 any = y; u = __v1; v = __v2; }
//
// So do a call's results (lowerIfaceCallTuple):
//
//	v, err = f()  ->  { __c1, __c2 := f(); v = __c1; err = __c2 }
//
// A declaration of such variables with several values (var x, y any =
// Suit(1), A{2}) left the first nil; each variable is declared alone
// (lowerIfaceVarSpecs):
//
//	var x, y any = Suit(1), A{2}  ->  var (x any = Suit(1); y any = A{2})

// lowerTupleAssign rewrites the assignments described above.
func (w *rewriter) lowerTupleAssign(in *inspector.Inspector) {
	info := w.info()
	in.WithStack([]ast.Node{(*ast.AssignStmt)(nil)}, func(n ast.Node, push bool, stack []ast.Node) bool {
		if !push {
			return true
		}
		as := n.(*ast.AssignStmt)
		if as.Tok == token.ASSIGN && len(as.Lhs) >= 2 && len(as.Rhs) == 1 && len(stack) >= 2 {
			switch p := stack[len(stack)-2].(type) {
			case *ast.BlockStmt, *ast.CaseClause, *ast.LabeledStmt:
				// At an input's top level, where its code runs at the
				// package level of the session's program, a block's
				// short declaration from a call lost its variables (see
				// lower_topblocks.go): a literal's statements there.
				w.lowerIfaceCallTuple(info, as, p == w.inputTopBody())
			case *ast.IfStmt, *ast.SwitchStmt, *ast.TypeSwitchStmt, *ast.ForStmt:
				// The init (or a for's post) statement: a statement of
				// its own is a call of a literal there.
				w.lowerIfaceCallTuple(info, as, !w.movedInits[as]) // (moved: a statement before the header)
			}
			return true
		}
		if as.Tok != token.ASSIGN || len(as.Lhs) < 2 || len(as.Lhs) != len(as.Rhs) || len(stack) < 2 {
			return true
		}
		// outer is the statement whose init as is, if it is one.
		var outer ast.Stmt
		switch p := stack[len(stack)-2].(type) {
		case *ast.BlockStmt, *ast.CaseClause, *ast.LabeledStmt:
		case *ast.CommClause:
			if p.Comm == as {
				return true
			}
		case *ast.IfStmt:
			outer = p
		case *ast.SwitchStmt:
			outer = p
		case *ast.TypeSwitchStmt:
			outer = p
		case *ast.ForStmt:
			if p.Init != as {
				return true // the post statement runs each iteration
			}
			outer = p
		default:
			return true
		}
		if outer != nil && len(stack) >= 3 {
			if l, ok := stack[len(stack)-3].(*ast.LabeledStmt); ok && l.Stmt == outer {
				outer = l
			}
		}
		if outer == nil && (w.lowerTupleOrder(info, as) || w.lowerIfaceTuple(info, as)) {
			return true
		}
		complex := false
		for _, e := range as.Rhs[1:] {
			if tv, ok := info.Types[e]; ok && tv.Value != nil {
				continue
			}
			if _, isName := ast.Unparen(e).(*ast.Ident); !isName {
				complex = true
			}
		}
		if !complex {
			return true
		}
		if outer != nil {
			w.lowerInitTuple(info, as, outer)
			return true
		}
		var decls []string
		for i, e := range as.Rhs {
			t := info.TypeOf(as.Lhs[i])
			if isBlank(as.Lhs[i]) {
				t = types.Default(info.TypeOf(e))
			}
			if t == nil {
				return true
			}
			ts, ok := w.typeSource(t, as.Pos())
			if !ok {
				return true
			}
			tmp := w.tmpName("v")
			decls = append(decls, "var "+tmp+" "+ts+" = "+w.varInit(info, e, ts)+"; ")
			if i == len(as.Rhs)-1 {
				tmp += " }" // an insertion at the end would move with e
			}
			w.vacate(e, tmp)
		}
		start := w.offset(as.Pos())
		w.add(start, start, "{ "+strings.Join(decls, ""), -10)
		return true
	})
}

// lowerInitTuple moves as, the init of the statement outer (its label
// with it), before outer in a block of their own, with every value
// evaluated into a variable first and then each target assigned alone
// (variables of interfaces assigned together fail, see lowerIfaceTuple).
func (w *rewriter) lowerInitTuple(info *types.Info, as *ast.AssignStmt, outer ast.Stmt) {
	values, ok := w.valuesFirst(info, as)
	if !ok {
		return
	}
	w.add(w.offset(as.Pos()), w.offset(as.End()), "", 0)
	start, end := w.offset(outer.Pos()), w.offset(outer.End())
	w.add(start, start, "{ "+values, -10)
	w.add(end, end, " }", 20)
}

// lowerIfaceTuple rewrites an assignment of several values to names, one
// of them a variable of an interface type, as assignments of one value
// each (see the doc above); it reports whether it did.
func (w *rewriter) lowerIfaceTuple(info *types.Info, as *ast.AssignStmt) bool {
	iface := false
	for i, l := range as.Lhs {
		id, ok := ast.Unparen(l).(*ast.Ident)
		if !ok {
			return false
		}
		if !isBlank(id) && (tupleIfaceTarget(info.TypeOf(id)) || errorOfOwn(info.TypeOf(id), info.TypeOf(as.Rhs[i]))) {
			iface = true
		}
	}
	if !iface {
		return false
	}
	values, ok := w.valuesFirst(info, as)
	if !ok {
		return false
	}
	w.add(w.offset(as.Pos()), w.offset(as.End()), "{ "+values+"}", -10)
	return true
}

// lowerIfaceCallTuple rewrites an assignment of several values of one
// expression (a call's results, a comma-ok form), one of its targets a
// variable of an interface type, as the expression into variables of its
// own and an assignment of each target alone (see the doc above): yaegi
// v0.16.1 stored each value through the target's old value, so where an
// interface held a value of the program's (var v any = &Point{}, then v,
// err = loop.Await(...); s, ok = m[k] with s a fmt.Stringer holding a
// Code) the program stopped in reflection's words ("reflect.Set: value of
// type interface {} is not assignable to type *struct {...}"):
//
//	v, err = f()  ->  { __c1, __c2 := f(); v = __c1; err = __c2 }
//
// In a header (inLiteral: an if, switch or for statement's init, a for's
// post statement), where a block cannot stand, and at an input's top
// level, the statements are a function literal's, called there:
//
//	if v, err = f(); err == nil {  ->  if func() { __c1, __c2 := f(); v = __c1; err = __c2 }(); err == nil {
//
// An index's operands that call or receive (arr[idx(0)], n = f()) are
// evaluated first, in their order, as Go evaluates them before the value.
// A target after the first whose operands an earlier target assigns (i,
// a[i] = f()), or one with another call in it, keeps the assignment as it
// is: assigned alone, it would see the earlier assignment, where Go
// evaluates every operand first. So does one with a map's element among
// its targets, which lower_mapassign.go writes through a variable of its
// own.
func (w *rewriter) lowerIfaceCallTuple(info *types.Info, as *ast.AssignStmt, inLiteral bool) {
	if w.ifaceCommaOK[as] {
		return // lowerIfaceCommaOK's
	}
	switch x := ast.Unparen(as.Rhs[0]).(type) {
	case *ast.CallExpr:
		if tv, ok := info.Types[x.Fun]; ok && tv.IsType() {
			return
		}
	case *ast.IndexExpr, *ast.TypeAssertExpr:
	case *ast.UnaryExpr:
		if x.Op != token.ARROW {
			return
		}
	default:
		return
	}
	iface := false
	assigned := map[types.Object]bool{}
	var hoisted []ast.Expr // operands of the targets that call or receive, evaluated first
	for i, l := range as.Lhs {
		if !isBlank(l) && (tupleIfaceTarget(info.TypeOf(l)) || errorOfOwn(info.TypeOf(l), tupleValueType(info, as.Rhs[0], i))) {
			iface = true
		}
		if ix, ok := ast.Unparen(l).(*ast.IndexExpr); ok {
			if _, isMap := underlying(info.TypeOf(ix.X)).(*types.Map); isMap {
				return
			}
			if _, isArray := underlying(info.TypeOf(ix.X)).(*types.Array); !isArray || !hasCallOrRecv(ix.X) {
				for _, e := range []ast.Expr{ix.X, ix.Index} {
					if hasCallOrRecv(e) {
						hoisted = append(hoisted, e)
					}
				}
				l = &ast.IndexExpr{X: operandOrName(ix.X), Index: operandOrName(ix.Index)}
			}
		}
		if !safeTarget(info, l, assigned) {
			return
		}
		if id, ok := ast.Unparen(l).(*ast.Ident); ok {
			if o := info.ObjectOf(id); o != nil {
				assigned[o] = true
			}
		}
	}
	if !iface {
		return
	}
	var tmps, assigns []string
	for i, l := range as.Lhs {
		tmp := w.tmpName("c")
		tmps = append(tmps, tmp)
		if isBlank(l) {
			assigns = append(assigns, "_ = "+tmp)
			continue
		}
		value := w.assignedValue(tupleValueType(info, as.Rhs[0], i), info.TypeOf(l), tmp, as.Pos())
		assigns = append(assigns, w.moved(l)+" = "+value)
	}
	open, end := "{ ", " }"
	if inLiteral {
		open, end = "func() { ", " }()"
	}
	// Go evaluates the targets' operands before the value, in their
	// order: arr[idx(0)], n = f() runs idx first.
	for _, e := range hoisted {
		tmp := w.tmpName("co")
		open += tmp + " := " + w.moved(e) + "; "
		w.vacate(e, tmp)
	}
	// The targets' place becomes the variables' declaration, the rest
	// stays where it is: a comma-ok form's other rewritings insert before
	// and after the statement (lower_mapcommaok.go), which go first.
	w.add(w.offset(as.Pos()), w.offset(as.TokPos)+len(as.Tok.String()), open+strings.Join(tmps, ", ")+" :=", 100)
	w.addOuter(w.offset(as.End()), w.offset(as.End()), "; "+strings.Join(assigns, "; ")+end, -5)
}

// inputTopBody returns the body of the function an input's statements
// are written in at the prompt, or nil (a script, a :load, a
// declaration).
func (w *rewriter) inputTopBody() *ast.BlockStmt {
	if w.mode == ModeScript || w.plan.Seg.Kind != gosrc.SegStmt || len(w.file.Decls) == 0 {
		return nil
	}
	if fd, ok := w.file.Decls[0].(*ast.FuncDecl); ok {
		return fd.Body
	}
	return nil
}

// tupleValueType returns the type of the ith value of e, a call of
// several results or a comma-ok form.
func tupleValueType(info *types.Info, e ast.Expr, i int) types.Type {
	t := info.TypeOf(e)
	if tuple, ok := t.(*types.Tuple); ok {
		if i < tuple.Len() {
			return tuple.At(i).Type()
		}
		return nil
	}
	if i == 0 {
		return t
	}
	return types.Typ[types.Bool]
}

// assignments returns the statements assigning values to targets (their
// texts): each alone where that is the same (alone: see separable), as
// variables of an interface assigned together fail (see lowerIfaceTuple);
// else one assignment of them all, which evaluates every target's
// operands before it assigns any, as the statement it stands for.
func assignments(targets, values []string, alone bool) []string {
	if !alone {
		return []string{strings.Join(targets, ", ") + " = " + strings.Join(values, ", ")}
	}
	out := make([]string, len(targets))
	for i := range targets {
		out[i] = targets[i] + " = " + values[i]
	}
	return out
}

// separable reports whether the targets es (nil for none) may be
// assigned one by one, as assigned together: each is a name or a field
// or element reached from a name by fields of its own (h.V, p.next.V:
// none promoted from an embedded field) and elements of slices and arrays
// at constants or names (hs[1].V, xs[i]), and none of the latter is
// reached through an earlier target or indexed by one (p, p.next = q, x
// assigns the old p's next; h.a, h.a.V and i, xs[i] likewise): assigned
// together, Go evaluates every target's operands first.
func (w *rewriter) separable(es []ast.Expr) bool {
	var earlier []string // the earlier targets, as written
	for _, e := range es {
		if e == nil {
			continue
		}
		e = ast.Unparen(e)
		if !w.reachedAlone(e, earlier) {
			return false
		}
		earlier = append(earlier, w.text(e))
	}
	return true
}

// reachedAlone reports whether the target e is a name, or reached from
// one as separable says, through none of the earlier targets.
func (w *rewriter) reachedAlone(e ast.Expr, earlier []string) bool {
	info := w.info()
	for {
		switch y := e.(type) {
		case *ast.Ident:
			return true
		case *ast.SelectorExpr:
			if s := info.Selections[y]; s != nil && len(s.Index()) > 1 {
				return false // through an embedded field
			}
			e = ast.Unparen(y.X)
		case *ast.IndexExpr:
			// An element of a slice or an array, at a constant or a name
			// no earlier target assigns (not a map's: its element is no
			// variable).
			if _, isMap := underlying(info.TypeOf(y.X)).(*types.Map); isMap {
				return false
			}
			switch k := ast.Unparen(y.Index).(type) {
			case *ast.BasicLit:
			case *ast.Ident:
				if slices.Contains(earlier, k.Name) {
					return false
				}
			default:
				return false
			}
			e = ast.Unparen(y.X)
		default:
			return false
		}
		if slices.Contains(earlier, w.text(e)) {
			return false
		}
	}
}

// assignedValue returns v, a variable of type t, as the value a
// generated assignment gives a target of type target, as the program's
// own assignment would give it: an error of the program's boxed or a
// typed nil (asError, lower_typednil.go), a value copied as it goes into
// an interface (lower_ifacecopy.go: a Code in an any is a fmt.Stringer).
func (w *rewriter) assignedValue(t, target types.Type, v string, pos token.Pos) string {
	switch {
	case errorOfOwn(target, t):
		if typ, ok := w.typeSource(t, pos); ok {
			return w.asError(t, target, v, typ)
		}
	case isIfaceTarget(target) && ifaceCopyType(t):
		if prefix, suffix, ok := w.ifaceCopy(t, target, pos); ok {
			return prefix + v + suffix
		}
	}
	return v
}

// errorOfOwn reports whether a target of type target is error and the
// value assigned to it of an error type of the program's, boxed or a
// typed nil (see asError): assigned together with others, a *E went in as
// the interpreter's struct ("reflect.Set: ... not assignable to type
// error").
func errorOfOwn(target, value types.Type) bool {
	return target != nil && value != nil && isErrorType(target) && (boxedErrorType(value) || typedNilType(value))
}

// tupleIfaceTarget reports whether a target of type t fails assigned
// together with others (see the doc above): an interface, a compiled one
// too (i, st = 2, x with st a fmt.Stringer left i 0), but error, whose
// values of the program's go in boxes (lower_errbox.go), and a type
// parameter.
func tupleIfaceTarget(t types.Type) bool {
	return t != nil && types.IsInterface(t) && !isTypeParam(t) && !types.Identical(t, types.Universe.Lookup("error").Type())
}

// operandOrName returns e, or a name standing for it where it calls or
// receives (safeTarget's view of a target whose such operands are
// evaluated first).
func operandOrName(e ast.Expr) ast.Expr {
	if hasCallOrRecv(e) {
		return ast.NewIdent("_")
	}
	return e
}

// safeTarget reports whether l, a target of an assignment, may be
// assigned after the targets before it (whose variables are assigned)
// with the same effect: no call in it, nor one of those variables as an
// operand.
func safeTarget(info *types.Info, l ast.Expr, assigned map[types.Object]bool) bool {
	if _, ok := ast.Unparen(l).(*ast.Ident); ok {
		return true
	}
	safe := true
	ast.Inspect(l, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.CallExpr:
			safe = false
		case *ast.Ident:
			if assigned[info.ObjectOf(x)] {
				safe = false
			}
		}
		return safe
	})
	return safe
}

// valuesFirst returns as (a = of several values, one each) written as
// statements that evaluate every value into a variable of its target's
// type and then assign each target alone; ok is false where a type cannot
// be written there.
func (w *rewriter) valuesFirst(info *types.Info, as *ast.AssignStmt) (string, bool) {
	var decls, assigns []string
	for i, e := range as.Rhs {
		t := info.TypeOf(as.Lhs[i])
		if isBlank(as.Lhs[i]) {
			t = types.Default(info.TypeOf(e))
		}
		if t == nil {
			return "", false
		}
		ts, ok := w.typeSource(t, as.Pos())
		if !ok {
			return "", false
		}
		tmp := w.tmpName("v")
		decls = append(decls, "var "+tmp+" "+ts+" = "+w.varInit(info, e, ts)+"; ")
		if isBlank(as.Lhs[i]) {
			assigns = append(assigns, "_ = "+tmp+"; ")
		} else {
			assigns = append(assigns, w.moved(as.Lhs[i])+" = "+tmp+"; ")
		}
	}
	return strings.Join(decls, "") + strings.Join(assigns, ""), true
}

// lowerIfaceVarSpecs declares alone each variable of an interface type
// declared with others and a value each (see the doc above), where no
// value refers to a variable of one of the names the declaration
// declares.
func (w *rewriter) lowerIfaceVarSpecs(in *inspector.Inspector) {
	info := w.info()
	in.Preorder([]ast.Node{(*ast.GenDecl)(nil)}, func(n ast.Node) {
		d := n.(*ast.GenDecl)
		if d.Tok != token.VAR {
			return
		}
		split := false
		for _, spec := range d.Specs {
			vs := spec.(*ast.ValueSpec)
			if w.splitVarSpec(info, vs) {
				split = true
			}
		}
		if split && !d.Lparen.IsValid() {
			at := w.offset(d.TokPos) + len("var")
			w.add(at, at, " (", -10)
			w.add(w.offset(d.End()), w.offset(d.End()), ")", 10)
		}
	})
}

// splitVarSpec writes vs, when it declares variables of an interface
// type with a value each, as one spec a variable; it reports whether it
// did.
func (w *rewriter) splitVarSpec(info *types.Info, vs *ast.ValueSpec) bool {
	if len(vs.Names) < 2 || len(vs.Values) != len(vs.Names) {
		return false
	}
	iface := false
	names := map[string]bool{}
	for _, id := range vs.Names {
		names[id.Name] = true
		if o := info.Defs[id]; o != nil && dynIface(o.Type()) {
			iface = true
		}
	}
	if !iface {
		return false
	}
	shadows := false
	for _, e := range vs.Values {
		ast.Inspect(e, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok && names[id.Name] {
				shadows = true
			}
			return !shadows
		})
	}
	if shadows {
		return false // the value means another variable of the name
	}
	typ := ""
	if vs.Type != nil {
		ts, ok := w.typeSource(info.TypeOf(vs.Type), vs.Pos())
		if !ok {
			return false
		}
		typ = " " + ts
	}
	var specs []string
	for i, id := range vs.Names {
		specs = append(specs, w.moved(id)+typ+" = "+w.moved(vs.Values[i]))
	}
	start, end := w.offset(vs.Pos()), w.offset(vs.End())
	if vs.Comment != nil {
		end = w.offset(vs.Values[len(vs.Values)-1].End())
	}
	w.add(start, end, strings.Join(specs, "; "), -10)
	return true
}
