package frontend

import (
	"cmp"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"maps"
	"slices"
	"strings"
	"sync"
)

// Refused: type assertions the interpreter would answer wrongly.
//
// yaegi v0.16.1 holds a value of a named type declared in interpreted code
// as its reflect representation: `type W int` as an int, a struct type as
// an unnamed struct of its fields. A type assertion or a type switch case
// compares those representations, so x.(int) matches a W, and two struct
// types of the same fields match each other: a silently wrong answer. Such
// an assertion, where the program declares a type the interpreter cannot
// tell from the asserted one, is refused before it runs.

// ReprKey writes t as the interpreter represents it at run time. Safe
// from any goroutine.
func ReprKey(t types.Type) string {
	// Remembered by the type (or, for a pointer, what it points to): the
	// session's types are the same objects at every input, and the twin
	// checks write each of them at each (a third of an input's check with
	// 200 types declared).
	k := reprKeyOf{t: t}
	if p, ok := t.(*types.Pointer); ok {
		k = reprKeyOf{t: p.Elem(), ptr: true}
	}
	reprKeys.Lock()
	s, ok := reprKeys.m[k]
	reprKeys.Unlock()
	if ok {
		return s
	}
	s = reprKeyIn(t, map[*types.Named]bool{})
	reprKeys.Lock()
	if len(reprKeys.m) >= 1<<16 {
		clear(reprKeys.m) // a bound on what types no session has any more keep
	}
	reprKeys.m[k] = s
	reprKeys.Unlock()
	return s
}

// reprKeyOf is the key of a type in reprKeys: t itself, or, for a
// pointer, the type it points to.
type reprKeyOf struct {
	t   types.Type
	ptr bool
}

// reprKeys are the keys ReprKey wrote.
var reprKeys = struct {
	sync.Mutex
	m map[reprKeyOf]string
}{m: map[reprKeyOf]string{}}

// reprKeyIn is reprKey within the named types open (a type that holds
// itself, through a pointer, is written "@" where it comes round again).
func reprKeyIn(t types.Type, open map[*types.Named]bool) string {
	reprKey := func(t types.Type) string { return reprKeyIn(t, open) }
	switch t := types.Unalias(t).(type) {
	case *types.Named:
		if o := t.Obj(); o.Pkg() != nil && o.Pkg().Path() != "main" {
			return o.Pkg().Path() + "." + o.Name() // a compiled type: its own
		}
		if types.IsInterface(t) {
			return "interface " + t.Obj().Name()
		}
		if open[t] {
			return "@"
		}
		open[t] = true
		defer delete(open, t)
		if structTagged(t) {
			// A representation of its own (lower_structtag.go).
			st := t.Underlying().(*types.Struct)
			return structTagKeyOf(t, st, reprKey(st))
		}
		return reprKey(t.Underlying())
	case *types.Basic:
		// By its kind: byte and uint8 are one type, whose names differ.
		return types.Typ[types.Default(t).(*types.Basic).Kind()].String()
	case *types.Pointer:
		return "*" + reprKey(t.Elem())
	case *types.Slice:
		return "[]" + reprKey(t.Elem())
	case *types.Array:
		return fmt.Sprintf("[%d]%s", t.Len(), reprKey(t.Elem()))
	case *types.Map:
		return "map[" + reprKey(t.Key()) + "]" + reprKey(t.Elem())
	case *types.Chan:
		return "chan " + reprKey(t.Elem())
	case *types.Struct:
		var fields []string
		for f := range t.Fields() {
			fields = append(fields, f.Name()+" "+reprKey(f.Type()))
		}
		return "struct{" + strings.Join(fields, "; ") + "}"
	}
	return types.TypeString(t, nil)
}

// ambiguousAssertion returns an error for the first type assertion or type
// switch case of file (checked as c) whose type the interpreter cannot tell
// from another type the program declares (others: the session's types)
// that the operand may hold (j: see lower_twinheld.go), or nil.
//
// A type parameter the generic code asserts to (x.(T), case T: asserted,
// the session's marks) is checked at each instantiation with a concrete
// type: yaegi instantiates the code with the type in place, and asks as
// an assertion to it would (OfType[Celsius] took float64 values too).
func ambiguousAssertion(c *Checked, file *ast.File, others []types.Object, asserted map[string][]bool, j *twinJudge, pos func(ast.Node) string) *Error {
	// The session's types by name, as this check declared them where it
	// did (the session's own objects are those of earlier checks), and the
	// types the segment declares, at package level or inside functions.
	named := checkedTypes(c, others)
	var cands []types.Type
	for _, tn := range named {
		if types.IsInterface(tn.Type()) {
			continue
		}
		cands = append(cands, tn.Type(), types.NewPointer(tn.Type()))
		if _, isStruct := tn.Type().Underlying().(*types.Struct); !isStruct {
			// type W int: W and int (an unnamed struct type, which the
			// type of a value in an interface seldom is, is left out).
			cands = append(cands, tn.Type().Underlying())
		}
	}
	// The instances of the program's generic types the check sees
	// (Pair[string, int] and Pair[string, Level] with type Level int: the
	// interpreter builds both as one struct type, under one tag).
	seen := map[string]bool{}
	for _, tv := range c.Info.Types {
		n, ok := types.Unalias(tv.Type).(*types.Named)
		if !ok || n.TypeArgs().Len() == 0 || hasTypeParam(n) || types.IsInterface(n) || n.Obj().Pkg() == nil || n.Obj().Pkg().Path() != "main" || seen[TypeText(n)] {
			continue
		}
		seen[TypeText(n)] = true
		cands = append(cands, n, types.NewPointer(n))
	}
	// earlier are the interface types of the cases before the one checked,
	// in a type switch: a value of a type that implements one of them
	// never reaches the case; earlierRepr are the representations of the
	// concrete ones: a value held as one of them is taken by that case.
	var earlier []*types.Interface
	earlierRepr := map[string]bool{}
	var found *Error
	// check reports t's twins that an operand of type x may hold.
	check := func(n ast.Node, t, x types.Type, what string) {
		if found != nil || t == nil {
			return
		}
		if a, b, ok := compiledIfaceTwin(named, t); ok {
			err := &Error{Pos: pos(n), Msg: fmt.Sprintf(
				"%s %s: the interpreter holds %s and %s alike (as %s), and only one of them is %s, so it would take one for the other; "+
					"give the type a shape of its own (a struct with a field no other type has) to tell them apart",
				what, TypeText(t), TypeText(a), TypeText(b), shownRepr(ReprKey(a)), withArticle(TypeText(t)))}
			if j == nil {
				found = err
				return
			}
			// Only where the program may put both in interfaces (an
			// unused type ID int is no twin of a Color).
			if found = j.report([]types.Type{a, b}, err); found != nil {
				return
			}
		}
		if it, ok := t.Underlying().(*types.Interface); ok {
			// A pointer to a named type that is not a struct and a
			// pointer to its representation (*Level, *int), only one of
			// which has the methods: where the program puts both in
			// interfaces (the interpreter holds both as *int).
			for _, tn := range named {
				if tn.IsAlias() || types.IsInterface(tn.Type()) || isStructType(tn.Type()) || hasTypeParam(tn.Type()) {
					continue
				}
				p, q := types.NewPointer(tn.Type()), types.NewPointer(tn.Type().Underlying())
				if ReprKey(p) != ReprKey(q) || types.Implements(p, it) == types.Implements(q, it) {
					continue
				}
				if xi := interfaceOf(x); xi != nil && (!types.Implements(p, xi) || !types.Implements(q, xi)) {
					continue // the operand cannot hold one of them (a flag.Value holds no *int)
				}
				a, b := p, q
				if !types.Implements(p, it) {
					a, b = q, p
				}
				found = j.reportExplicit([]types.Type{p, q}, &Error{Pos: pos(n), Msg: fmt.Sprintf(
					"%s %s: the interpreter holds %s and %s alike (as %s), and only the first is %s, so it would take one for the other; "+
						"give the type a shape of its own (a struct with a field no other type has) to tell them apart",
					what, TypeText(t), TypeText(a), TypeText(b), shownRepr(ReprKey(q)), withArticle(TypeText(t)))})
				if found != nil {
					return
				}
			}
			return
		}
		key := ReprKey(t)
		if j != nil && !j.script && !isStructType(t) {
			// For a type of this representation a later input declares
			// (laterTwin), in a function the session keeps.
			if decl := funcDeclAt(file, n.Pos()); decl != "" {
				if j.facts.asserted == nil {
					j.facts.asserted = map[string]assertedRepr{}
				}
				if _, ok := j.facts.asserted[key]; !ok {
					j.facts.asserted[key] = assertedRepr{name: reflectString(t), err: &Error{Pos: pos(n), Msg: what + " " + TypeText(t)}, decl: decl}
				}
			}
		}
		if earlierRepr[key] {
			return
		}
		iface := interfaceOf(x)
	next:
		for _, u := range cands {
			if types.Identical(u, t) || ReprKey(u) != key || (iface != nil && !types.Implements(u, iface)) {
				continue
			}
			for _, e := range earlier {
				if types.Implements(u, e) {
					continue next
				}
			}
			found = j.report([]types.Type{u}, &Error{Pos: pos(n), Msg: fmt.Sprintf(
				"%s %s: the interpreter holds %s and %s alike (as %s), so it would take one for the other; "+
					"give the type a shape of its own (a struct with a field no other type has) to tell them apart",
				what, TypeText(t), TypeText(t), TypeText(u), shownRepr(ReprKey(t)))})
			if found != nil {
				return
			}
		}
		// A composite of the program's types the segment puts in an
		// interface, held as its representation ([]Port, made by
		// generic code's []T, as []int).
		if j == nil || j.facts == nil {
			return
		}
		for _, name := range slices.Sorted(maps.Keys(j.facts.bare[key])) {
			u := j.facts.bare[key][name]
			if _, unnamedStruct := types.Unalias(u).(*types.Struct); unnamedStruct {
				continue // left out, as above
			}
			if types.Identical(u, t) || slices.ContainsFunc(cands, func(c types.Type) bool { return types.Identical(c, u) }) || (iface != nil && !types.Implements(u, iface)) {
				continue
			}
			found = j.report([]types.Type{u}, &Error{Pos: pos(n), Msg: fmt.Sprintf(
				"%s %s: the interpreter holds %s and %s alike (as %s), so it would take one for the other; "+
					"give the type a shape of its own (a struct with a field no other type has) to tell them apart",
				what, TypeText(t), TypeText(t), TypeText(u), shownRepr(key))})
			if found != nil {
				return
			}
		}
	}
	ast.Inspect(file, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.TypeAssertExpr:
			// A type of the program's held as error is boxed with its
			// name, and told apart by it (see lower_errbox.go).
			if n.Type != nil && !(compiledIfaceWithMethods(c.Info.TypeOf(n.X)) && boxedErrorType(c.Info.TypeOf(n.Type))) { // not a type switch's x.(type)
				check(n.Type, c.Info.TypeOf(n.Type), c.Info.TypeOf(n.X), "type assertion to")
			}
		case *ast.CallExpr:
			// errors.As asserts to its target's type too (see
			// lowerErrorsAs).
			if sel, ok := n.Fun.(*ast.SelectorExpr); ok && len(n.Args) == 2 {
				if fn, ok := c.Info.Uses[sel.Sel].(*types.Func); ok && fn.Pkg() != nil && fn.Pkg().Path() == "errors" && fn.Name() == "As" {
					if u, ok := ast.Unparen(n.Args[1]).(*ast.UnaryExpr); ok && u.Op == token.AND && !boxedErrorType(c.Info.TypeOf(u.X)) && !badAsTarget(c.Info.TypeOf(u.X)) {
						check(u.X, c.Info.TypeOf(u.X), errorType, "errors.As to")
					}
				}
			}
			// errors.AsType[E] to E.
			if ix, ok := n.Fun.(*ast.IndexExpr); ok && len(n.Args) == 1 {
				if sel, ok := ix.X.(*ast.SelectorExpr); ok {
					if fn, ok := c.Info.Uses[sel.Sel].(*types.Func); ok && fn.Pkg() != nil && fn.Pkg().Path() == "errors" && fn.Name() == "AsType" && !boxedErrorType(c.Info.TypeOf(ix.Index)) {
						check(ix.Index, c.Info.TypeOf(ix.Index), errorType, "errors.AsType to")
					}
				}
			}
		case *ast.TypeSwitchStmt:
			x := typeSwitchOperand(n)
			boxed := compiledIfaceWithMethods(c.Info.TypeOf(x))
			for _, cc := range n.Body.List {
				for _, e := range cc.(*ast.CaseClause).List {
					t := c.Info.TypeOf(e)
					if !(boxed && boxedErrorType(t)) {
						check(e, t, c.Info.TypeOf(x), "type switch case")
					}
					if t != nil && types.IsInterface(t) {
						earlier = append(earlier, t.Underlying().(*types.Interface))
					} else if t != nil && !isNilIdent(e) && !(boxed && boxedErrorType(t)) {
						earlierRepr[ReprKey(t)] = true
					}
				}
			}
			earlier, earlierRepr = nil, map[string]bool{}
		}
		return found == nil
	})
	if found != nil || len(c.Info.Instances) == 0 {
		return found
	}
	pm, marked := c.assertMarks(file, asserted)
	for _, id := range pm.instances {
		marks := marked[id.Name]
		if obj := c.Info.Uses[id]; obj == nil || obj.Pkg() == nil || obj.Pkg().Path() != "main" {
			continue
		}
		args := c.Info.Instances[id].TypeArgs
		tps := typeParamsOf(c.Info.Uses[id])
		for i := 0; i < len(marks) && i < args.Len() && found == nil; i++ {
			t := args.At(i)
			if !marks[i] || types.IsInterface(t) || hasTypeParam(t) || tps == nil || i >= tps.Len() {
				continue
			}
			if j != nil && j.script && ifaceWrappedType(t) {
				// A script's copy of the function for the type, with the
				// type in place (lower_specialise.go), is checked as
				// any code is.
				continue
			}
			check(id, t, nil, fmt.Sprintf("%s instantiated for its type parameter %s, which its code asserts to (x.(%s) or case %s), with", id.Name, tps.At(i).Obj().Name(), tps.At(i).Obj().Name(), tps.At(i).Obj().Name()))
		}
	}
	return found
}

// funcDeclAt returns the name of file's function declaration pos is in,
// as the session keys it ("T.M" for a method, funcKey), or "".
func funcDeclAt(file *ast.File, pos token.Pos) string {
	for _, d := range file.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Pos() <= pos && pos < fd.End() {
			return funcKey(fd)
		}
	}
	return ""
}

// checkedTypes returns the program's types for a check c: those the
// segment declares, at package level or inside functions, and the
// session's (others, as earlier checks declared them) that the segment
// does not declare again.
func checkedTypes(c *Checked, others []types.Object) []*types.TypeName {
	if c.named != nil {
		return c.named
	}
	byName := map[string]*types.TypeName{}
	for _, o := range others {
		if tn, ok := o.(*types.TypeName); ok {
			byName[tn.Name()] = tn
		}
	}
	var named []*types.TypeName
	for _, o := range c.Info.Defs {
		if tn, ok := o.(*types.TypeName); ok && tn.Pkg() != nil && tn.Pkg().Path() == "main" {
			if tn.Parent() == tn.Pkg().Scope() {
				delete(byName, tn.Name())
			}
			named = append(named, tn)
		}
	}
	for _, tn := range byName {
		named = append(named, tn)
	}
	// In the order of the declarations, so that a message names the same
	// types at every run.
	slices.SortFunc(named, func(a, b *types.TypeName) int {
		if a.Pos() != b.Pos() {
			return cmp.Compare(a.Pos(), b.Pos())
		}
		return cmp.Compare(a.Name(), b.Name())
	})
	c.named = slices.Clip(named) // (an append of a caller's makes a copy)
	return c.named
}

// compiledIfaceTwin returns two of the program's types (or pointers to
// them) the interpreter holds alike, a implementing t, a compiled
// interface the assertion to which the pass writes out (see lower_iface.go),
// and b not.
func compiledIfaceTwin(named []*types.TypeName, t types.Type) (a, b types.Type, ok bool) {
	var concrete []*types.TypeName
	for _, tn := range named {
		if !types.IsInterface(tn.Type()) && !tn.IsAlias() {
			if n, isNamed := tn.Type().(*types.Named); isNamed && n.TypeParams().Len() == 0 {
				concrete = append(concrete, tn)
			}
		}
	}
	iface, isIface := compiledIfaceOf(t, concrete)
	if !isIface {
		return nil, nil, false
	}
	for _, c := range compiledIfaceCases(concrete, iface) {
		if u, twin := ifaceTwin(concrete, iface, c); twin {
			return c.t, u, true
		}
	}
	return nil, nil, false
}

// typeSwitchOperand returns x of the type switch n's x.(type).
func typeSwitchOperand(n *ast.TypeSwitchStmt) ast.Expr {
	switch a := n.Assign.(type) {
	case *ast.ExprStmt:
		return a.X.(*ast.TypeAssertExpr).X
	case *ast.AssignStmt:
		return a.Rhs[0].(*ast.TypeAssertExpr).X
	}
	return nil
}

// withArticle returns name after "a" or "an", as English reads it (an
// error, a Namer).
func withArticle(name string) string {
	if name != "" && strings.ContainsRune("aeiouAEIOU", rune(name[0])) {
		return "an " + name
	}
	return "a " + name
}
