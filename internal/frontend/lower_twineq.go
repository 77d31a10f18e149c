package frontend

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strings"
)

// Refused: comparisons, map keys and type names of values in interfaces
// that the interpreter would answer wrongly.
//
// yaegi v0.16.1 holds a value of a named type declared in interpreted code
// as its reflect representation (see reprKey): in an interface, `type W
// int` is an int, and two struct types of the same fields are one unnamed
// struct type. So, where an interface may hold such twins,
//
//	var w any = W(3)
//	w == 3                                // true; Go: false
//	map[any]string{3: "three"}[w]         // "three"; Go: ""
//	fmt.Printf("%T", w), reflect.TypeOf(w) // int; Go: main.W
//
// and A{1} == B{1} held in two `any`s is true. The interpreter cannot tell
// the twins apart at run time, so no rewrite makes these right: where the
// program has twins an operand's interface type may hold, the construct is
// refused before it runs, naming the twins and a way around. As for
// assertions (ambiguousAssertion), "may hold" is judged by the types: a
// pair of the program's types (a named type, and the underlying basic type
// of a named non-struct type) of the same representation that implement
// the interface, whether or not a value of one ever enters it.
//
// Refused:
//   - x == y, x != y and a switch case on x, where one side is an interface
//     and the other a type of which the interface may hold a twin (an
//     untyped constant counts as its default type), or both are interfaces
//     that may hold the two types of a twin pair;
//   - indexing, assigning to and deleting from a map whose key type is an
//     interface that may hold a twin pair, and a literal of such a map;
//   - %T of an interface that may hold a twin pair (or pointers to twins)
//     in a format given as a literal, and reflect.TypeOf of one.
//
// Still run: comparisons whose static types are both concrete (w == W(3)
// with w a W), comparisons with nil or with a compiled package's variable
// (err == io.EOF), and every comparison in a program that has no twins.

// ambiguousTwinUse returns an error for the first comparison, map key or
// type name of file (checked as c) that the interpreter would answer
// wrongly because an interface may hold one of two types it holds alike
// (others: the session's types), or nil.
func ambiguousTwinUse(c *Checked, file *ast.File, others []types.Object, pos func(ast.Node) string) *Error {
	tw := newTwins(c, others)
	if len(tw.byText) == 0 {
		return nil
	}
	var found *Error
	refuse := func(n ast.Node, what, u, v, around string) {
		if found == nil {
			found = &Error{Pos: pos(n), Msg: fmt.Sprintf(
				"%s: the interpreter holds %s and %s alike in an interface (as %s), so it would take one for the other; %s",
				what, u, v, twinKey(tw.byText[v]), around)}
		}
	}
	const shape = "give the type a shape of its own (a struct with a field no other type has)"
	// compare checks x == y (and a switch case, x the tag).
	compare := func(n ast.Node, what string, x, y ast.Expr) {
		tx, ty := c.Info.Types[x], c.Info.Types[y]
		if tx.Type == nil || ty.Type == nil || tx.IsNil() || ty.IsNil() {
			return
		}
		if compiledVar(c.Info, x) || compiledVar(c.Info, y) {
			return // io.EOF holds a compiled type, never one of the program's
		}
		ix, iy := interfaceOf(tx.Type), interfaceOf(ty.Type)
		switch {
		case ix == nil && iy == nil:
			return
		case ix != nil && iy != nil:
			if u, v, ok := tw.pair(ix, iy); ok {
				refuse(n, what+" of two interfaces", u, v,
					"keep the values in variables of their own types rather than interfaces, or "+shape)
			}
		default:
			t, iface := ty.Type, ix
			if iy != nil {
				t, iface = tx.Type, iy
			}
			t = types.Default(t)
			if u, ok := tw.twinIn(t, iface); ok {
				refuse(n, what+" of an interface with "+TypeText(t), TypeText(t), u,
					"keep the value in a variable of its own type rather than an interface, or "+shape)
			}
		}
	}
	mapKey := func(n ast.Node, t types.Type) {
		m, ok := types.Unalias(t).Underlying().(*types.Map)
		if !ok {
			return
		}
		iface := interfaceOf(m.Key())
		if iface == nil {
			return
		}
		if u, v, ok := tw.pair(iface, iface); ok {
			refuse(n, "map key of interface type "+TypeText(m.Key()), u, v,
				"key the map by a concrete type (or a struct of a type name and a value), or "+shape)
		}
	}
	typeName := func(n ast.Node, what string, x ast.Expr) {
		iface := interfaceOf(c.Info.TypeOf(x))
		if iface == nil {
			return
		}
		if u, v, ok := tw.pairPtr(iface); ok {
			refuse(n, what+" of an interface", u, v,
				"print the type where its static type is known, or "+shape)
		}
	}
	ast.Inspect(file, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.BinaryExpr:
			if n.Op == token.EQL || n.Op == token.NEQ {
				compare(n, n.Op.String(), n.X, n.Y)
			}
		case *ast.SwitchStmt:
			if n.Tag != nil {
				for _, cc := range n.Body.List {
					for _, e := range cc.(*ast.CaseClause).List {
						compare(e, "switch case", n.Tag, e)
					}
				}
			}
		case *ast.IndexExpr:
			mapKey(n, c.Info.TypeOf(n.X))
		case *ast.CompositeLit:
			if len(n.Elts) > 0 {
				mapKey(n, c.Info.TypeOf(n))
			}
		case *ast.CallExpr:
			switch fn := calledFunc(c.Info, n.Fun).(type) {
			case *types.Builtin:
				if fn.Name() == "delete" && len(n.Args) == 2 {
					mapKey(n, c.Info.TypeOf(n.Args[0]))
				}
			case *types.Func:
				if fn.Pkg() == nil {
					break
				}
				path, name := fn.Pkg().Path(), fn.Name()
				if path == "reflect" && name == "TypeOf" && len(n.Args) == 1 {
					typeName(n, "reflect.TypeOf", n.Args[0])
				}
				at, ok := fmtPrintFuncs[path][name]
				if !ok || at < 0 || at >= len(n.Args) || n.Ellipsis.IsValid() {
					break
				}
				tv := c.Info.Types[n.Args[at]]
				if tv.Value == nil || tv.Value.Kind() != constant.String {
					break
				}
				for i, verb := range formatVerbs(constant.StringVal(tv.Value)) {
					if verb == 'T' && at+1+i < len(n.Args) {
						typeName(n.Args[at+1+i], "%T", n.Args[at+1+i])
					}
				}
			}
		}
		return found == nil
	})
	return found
}

// calledFunc returns the object an identifier or a selector (a call's
// function) names (nil when it names none).
func calledFunc(info *types.Info, fun ast.Expr) types.Object {
	switch f := ast.Unparen(fun).(type) {
	case *ast.Ident:
		return info.Uses[f]
	case *ast.SelectorExpr:
		return info.Uses[f.Sel]
	}
	return nil
}

// compiledVar reports whether e names a package-level variable of a
// compiled package (io.EOF).
func compiledVar(info *types.Info, e ast.Expr) bool {
	v, ok := calledFunc(info, e).(*types.Var)
	return ok && v.Pkg() != nil && v.Pkg().Path() != "main" && v.Parent() == v.Pkg().Scope()
}

// interfaceOf returns t's interface when t is an interface type (not a
// type parameter, whose values are of the type it is instantiated with).
func interfaceOf(t types.Type) *types.Interface {
	if t == nil {
		return nil
	}
	if _, ok := types.Unalias(t).(*types.TypeParam); ok {
		return nil
	}
	iface, _ := types.Unalias(t).Underlying().(*types.Interface)
	return iface
}

// twins are the types an interface of the program may hold, by the way
// the interpreter holds them (twinKey).
type twins struct {
	cands  map[string][]types.Type // a named type, or a named non-struct type's underlying type
	ptrs   map[string][]types.Type // pointers to the program's named types
	keys   []string                // of cands and ptrs, by the name of their first type
	byText map[string]types.Type   // typeText of each, for messages
}

// newTwins gathers the program's types as ambiguousAssertion does: those
// the segment declares, at package level or inside functions, and the
// session's (others) that the segment does not declare again.
func newTwins(c *Checked, others []types.Object) *twins {
	named := checkedTypes(c, others)
	tw := &twins{cands: map[string][]types.Type{}, ptrs: map[string][]types.Type{}, byText: map[string]types.Type{}}
	add := func(m map[string][]types.Type, t types.Type) {
		if _, seen := tw.byText[TypeText(t)]; !seen {
			tw.byText[TypeText(t)] = t
			m[twinKey(t)] = append(m[twinKey(t)], t)
		}
	}
	for _, tn := range named {
		if tn.IsAlias() || types.IsInterface(tn.Type()) {
			continue
		}
		if n, ok := tn.Type().(*types.Named); ok && n.TypeParams().Len() > 0 {
			continue // a generic type: its instances are told apart by the checker's types
		}
		add(tw.cands, tn.Type())
		add(tw.ptrs, types.NewPointer(tn.Type()))
		if _, isStruct := tn.Type().Underlying().(*types.Struct); !isStruct {
			add(tw.cands, tn.Type().Underlying())
		}
	}
	// In the order of their names, so that a message names the same pair
	// each time.
	byText := func(a, b types.Type) int { return strings.Compare(TypeText(a), TypeText(b)) }
	for _, m := range []map[string][]types.Type{tw.cands, tw.ptrs} {
		for key, ts := range m {
			slices.SortFunc(ts, byText)
			tw.keys = append(tw.keys, key)
		}
	}
	slices.Sort(tw.keys)
	tw.keys = slices.Compact(tw.keys)
	first := func(key string) string {
		if ts := tw.cands[key]; len(ts) > 0 {
			return TypeText(ts[0])
		}
		return TypeText(tw.ptrs[key][0])
	}
	slices.SortStableFunc(tw.keys, func(a, b string) int { return strings.Compare(first(a), first(b)) })
	return tw
}

// twinIn returns a type other than t, of t's representation, that iface
// may hold.
func (tw *twins) twinIn(t types.Type, iface *types.Interface) (string, bool) {
	for _, u := range tw.cands[twinKey(t)] {
		if !types.Identical(u, t) && types.Implements(u, iface) {
			return TypeText(u), true
		}
	}
	return "", false
}

// pair returns two types of one representation, the first of which x may
// hold and the second y.
func (tw *twins) pair(x, y *types.Interface) (string, string, bool) {
	return tw.pairIn(tw.cands, x, y)
}

// pairPtr is pair within one interface, pointers to the program's types
// included (%T tells *A from *B).
func (tw *twins) pairPtr(x *types.Interface) (string, string, bool) {
	if u, v, ok := tw.pairIn(tw.cands, x, x); ok {
		return u, v, ok
	}
	return tw.pairIn(tw.ptrs, x, x)
}

func (tw *twins) pairIn(m map[string][]types.Type, x, y *types.Interface) (string, string, bool) {
	for _, key := range tw.keys {
		ts := m[key]
		if len(ts) < 2 {
			continue
		}
		for _, u := range ts {
			if !types.Implements(u, x) {
				continue
			}
			for _, v := range ts {
				if !types.Identical(u, v) && types.Implements(v, y) {
					return TypeText(u), TypeText(v), true
				}
			}
		}
	}
	return "", "", false
}

// twinKey is reprKey with byte and rune written as uint8 and int32, as the
// interpreter holds them.
func twinKey(t types.Type) string {
	if b, ok := types.Unalias(t).(*types.Basic); ok {
		t = types.Typ[b.Kind()]
	}
	return ReprKey(t)
}
