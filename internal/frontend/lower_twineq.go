package frontend

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"maps"
	"slices"
	"strings"

	"github.com/asyncrepl/asyncrepl/internal/hostrt"
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
// the interface, and that the program puts in interfaces
// (lower_twinheld.go).
//
// Refused:
//   - x == y, x != y and a switch case on x, where one side is an interface
//     and the other a type of which the interface may hold a twin (an
//     untyped constant counts as its default type), or both are interfaces
//     that may hold the two types of a twin pair;
//   - indexing, assigning to and deleting from a map whose key type is an
//     interface that may hold a twin pair, and a literal of such a map;
//   - the same where the interface is a field or element of a struct or
//     array compared or used as a map key (P{W(1)} == P{1} with P
//     struct{ V any }), and, for reflect.DeepEqual, within pointers,
//     slices and maps too ([]any{W(1)} and []any{1} are deeply equal to
//     the interpreter);
//   - %T of an interface that may hold a twin pair (or pointers to twins)
//     in a format given as a literal, reflect.TypeOf and
//     reflect.ValueOf(x).Type() of one;
//   - == and != of two reflect.Types (and a map key of one), where the
//     program has twins, but where one is the type of a value of a type
//     the interpreter holds as no other of the program's
//     (reflect.TypeOf(A{}) == reflect.TypeOf(B{}) is true to it), and so
//     reflect.Type's AssignableTo and ConvertibleTo, and reflect.Value's
//     CanConvert (reflect.TypeOf(W(0)).AssignableTo(reflect.TypeOf(0)) is
//     true to it; with type S []W and type T []int, S converts to T).
//
// Also refused: a map key held in an interface that may hold a value of
// the program's types with methods that is not a struct, or a pointer:
// the interpreter holds one as a wrapper of its own, which the map
// compares (a key put in from its own type is not wrapped).
//
// Still run: comparisons whose static types are both concrete (w == W(3)
// with w a W), comparisons with nil or with a compiled package's variable
// (err == io.EOF), and every comparison in a program that has no twins.

// anyKeysOut reports whether file uses a map keyed by any otherwise than
// to index it, delete from it, take its length, or declare or assign a
// variable of it: where its keys may come out (a range over it, the map
// handed to a function, fmt, or another variable's type).
func anyKeysOut(info *types.Info, file *ast.File) bool {
	anyKeyed := func(e ast.Expr) bool {
		t := info.TypeOf(e)
		if t == nil || isTypeParam(t) {
			return false
		}
		m, ok := t.Underlying().(*types.Map)
		return ok && emptyIface(m.Key())
	}
	out := false
	var stack []ast.Node
	ast.Inspect(file, func(n ast.Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return false
		}
		if e, ok := n.(ast.Expr); ok && !out && len(stack) > 0 && anyKeyed(e) {
			if _, isType := n.(*ast.MapType); !isType && !info.Types[e].IsType() {
				switch p := stack[len(stack)-1].(type) {
				case *ast.IndexExpr:
					out = p.X != e
				case *ast.CallExpr:
					b, _ := calledFunc(info, p.Fun).(*types.Builtin)
					out = b == nil || b.Name() != "delete" && b.Name() != "len" && b.Name() != "clear" || len(p.Args) == 0 || p.Args[0] != e
				case *ast.AssignStmt:
					// To a variable of a map type keyed by any.
					for i, r := range p.Rhs {
						out = out || r == e && (len(p.Lhs) != len(p.Rhs) || !anyKeyed(p.Lhs[i]))
					}
				case *ast.ValueSpec:
					out = p.Type != nil && !anyKeyed(p.Type)
				case *ast.ParenExpr:
				default:
					out = true
				}
			}
		}
		stack = append(stack, n)
		return true
	})
	return out
}

// ambiguousTwinUse returns an error for the first comparison, map key or
// type name of file (checked as c) that the interpreter would answer
// wrongly because an interface may hold one of two types it holds alike
// (others: the session's types), or nil.
//
// A comparison or map key is refused only where the twins it would
// confuse are held in interfaces (j, see lower_twinheld.go).
func ambiguousTwinUse(c *Checked, file *ast.File, others []types.Object, j *twinJudge, pos func(ast.Node) string) *Error {
	tw := newTwins(c, others)
	if len(tw.byText) == 0 {
		return nil
	}
	sortByText(tw.wrapped)
	var found *Error
	// refuse refuses n now, or once the types of needs are held.
	refuse := func(n ast.Node, needs []types.Type, what, u, v, around string) {
		if found == nil {
			err := &Error{Pos: pos(n), Msg: fmt.Sprintf(
				"%s: the interpreter holds %s and %s alike in an interface (as %s), so it would take one for the other; %s",
				what, u, v, shownRepr(twinKey(tw.byText[v])), around)}
			if needs == nil {
				found = err
			} else {
				found = j.report(needs, err)
			}
		}
	}
	const shape = "give the type a shape of its own (a struct with a field no other type has)"
	// wrapper refuses n once a type of the program's with methods that
	// both x and y may hold is held.
	wrapper := func(n ast.Node, what string, x, y *types.Interface, unwrapped bool) {
		for _, u := range tw.wrapped {
			if unwrapped && ownRepr(u) {
				continue // the bare value tells its type (lower_mapanykeys.go)
			}
			if found == nil && types.Implements(u, x) && types.Implements(u, y) {
				found = j.report([]types.Type{u}, &Error{Pos: pos(n), Msg: fmt.Sprintf(
					"%s: the interpreter holds a %s in an interface as a wrapper of its own (it has methods), and a map compares the wrappers; "+
						"key the map by the value's own type (assert first)", what, TypeText(u))})
			}
		}
	}
	// inner checks a comparison of values of type t (not an interface)
	// that holds interfaces, each compared with the same one of the other
	// value (deep: as reflect.DeepEqual compares, through pointers,
	// slices and maps too).
	inner := func(n ast.Node, what string, t types.Type, deep bool) {
		for _, it := range innerIfaces(t, deep) {
			iface := interfaceOf(it)
			for _, p := range tw.pairs(tw.cands, iface, iface) {
				refuse(n, p[:], fmt.Sprintf("%s of %s, which holds values of type %s", what, TypeText(t), TypeText(it)), TypeText(p[0]), TypeText(p[1]),
					"keep the values in fields of their own types rather than interfaces (or compare them one by one, each as its own type), or "+shape)
			}
		}
	}
	// twinFree reports whether e is reflect.TypeOf(x) or
	// reflect.ValueOf(x).Type() of an x whose static type the interpreter
	// holds as no other type of the program: its reflect.Type is the type's
	// own.
	twinFree := func(e ast.Expr) bool {
		x := typeOfArg(c.Info, e)
		if x == nil {
			return false
		}
		var free func(t types.Type) bool
		free = func(t types.Type) bool {
			switch t := types.Unalias(t).(type) {
			case *types.Named:
				if t.Obj().Pkg() != nil && t.Obj().Pkg().Path() == "main" {
					// A type of the program's no other shares the
					// representation of (a struct type, which has a
					// tag of its own).
					return !types.IsInterface(t) && t.TypeArgs().Len() == 0 && len(tw.cands[twinKey(t)]) <= 1
				}
				return t.Obj().Pkg() != nil && !types.IsInterface(t)
			case *types.Basic:
				return len(tw.cands[twinKey(t)]) == 0
			case *types.Pointer:
				return len(tw.ptrs[twinKey(t)]) == 0 && free(t.Elem())
			case *types.Slice:
				return free(t.Elem())
			case *types.Array:
				return free(t.Elem())
			case *types.Chan:
				return free(t.Elem())
			case *types.Map:
				return free(t.Key()) && free(t.Elem())
			case *types.Struct:
				if len(tw.cands[twinKey(t)]) > 0 {
					return false
				}
				for f := range t.Fields() {
					if !free(f.Type()) {
						return false
					}
				}
				return true
			}
			return false
		}
		return free(types.Default(c.Info.TypeOf(x)))
	}
	anyIface := types.NewInterfaceType(nil, nil)
	// reflectTypes refuses n, a comparison of reflect.Types x and y (y nil:
	// a map key), where the program has twins and neither is the type of
	// a value of a type without one.
	reflectTypes := func(n ast.Node, what string, x, y ast.Expr) {
		if twinFree(x) || y != nil && twinFree(y) {
			return
		}
		if u, v, ok := tw.pairPtr(anyIface); ok {
			refuse(n, nil, what, u, v,
				"tell the types apart in the program's own code (a type switch on the values, a method, a table of names), or "+shape)
		}
	}
	// compare checks x == y (and a switch case, x the tag).
	compare := func(n ast.Node, what string, x, y ast.Expr) {
		tx, ty := c.Info.Types[x], c.Info.Types[y]
		if tx.Type == nil || ty.Type == nil || tx.IsNil() || ty.IsNil() {
			return
		}
		if isReflectType(tx.Type) && isReflectType(ty.Type) {
			reflectTypes(n, what+" of type reflect.Type", x, y)
			return
		}
		if compiledVar(c.Info, x) || compiledVar(c.Info, y) {
			return // io.EOF holds a compiled type, never one of the program's
		}
		ix, iy := interfaceOf(tx.Type), interfaceOf(ty.Type)
		switch {
		case ix == nil && iy == nil:
			inner(n, what, tx.Type, false)
			return
		case ix != nil && iy != nil:
			for _, p := range tw.pairs(tw.cands, ix, iy) {
				refuse(n, p[:], what+" of two interfaces", TypeText(p[0]), TypeText(p[1]),
					"keep the values in variables of their own types rather than interfaces, or "+shape)
			}

		default:
			t, iface := ty.Type, ix
			if iy != nil {
				t, iface = tx.Type, iy
			}
			t = types.Default(t)
			for _, u := range tw.twinsIn(t, iface) {
				refuse(n, []types.Type{u}, what+" of an interface with "+TypeText(t), TypeText(t), TypeText(u),
					"keep the value in a variable of its own type rather than an interface, or "+shape)
			}
			inner(n, what, t, false)
		}
	}
	mapKey := func(n ast.Node, t types.Type) {
		m, ok := types.Unalias(t).Underlying().(*types.Map)
		if !ok {
			return
		}
		iface := interfaceOf(m.Key())
		if iface == nil {
			inner(n, "map key", m.Key(), false)
			return
		}
		for _, p := range tw.pairs(tw.cands, iface, iface) {
			refuse(n, p[:], "map key of interface type "+TypeText(m.Key()), TypeText(p[0]), TypeText(p[1]),
				"key the map by a concrete type (or a struct of a type name and a value), or "+shape)
		}

	}
	// keysOut says the program hands out the keys of a map keyed by any:
	// the bare values a key of a type with methods becomes there (see
	// wrappedKey) would come out without the methods.
	keysOut := anyKeysOut(c.Info, file)
	// wrappedKey refuses a map key of an interface type that may hold a
	// wrapper (the keys put in by a value of the type are not), but in a
	// map keyed by any, whose keys go as the values the wrappers hold
	// (lower_mapanykeys.go).
	wrappedKey := func(n ast.Node, mt types.Type, key ast.Expr) {
		if isReflectType(c.Info.TypeOf(key)) && !c.Info.Types[key].IsNil() {
			reflectTypes(n, "map key of type reflect.Type", key, nil)
		}
		m, ok := types.Unalias(mt).Underlying().(*types.Map)
		unwrapped := ok && emptyIface(m.Key()) && !isTypeParam(mt)
		if t := c.Info.TypeOf(key); unwrapped && found == nil && wrappedType(t) && !ownRepr(t) && (!j.script || keysOut) {
			found = &Error{Pos: pos(key), Msg: fmt.Sprintf(
				"map key of type %s in a map keyed by %s: the interpreter stores it as a bare %s, which fmt prints without %s's methods and which a key of type %s would find; "+
					"key the map by %s itself, or by a struct holding it", TypeText(t), TypeText(m.Key()), shownRepr(ReprKey(t)), TypeText(t), shownRepr(ReprKey(t)), TypeText(t))}
			return
		}
		if iface := interfaceOf(c.Info.TypeOf(key)); iface != nil && !c.Info.Types[key].IsNil() {
			wrapper(n, "map key of interface type "+TypeText(c.Info.TypeOf(key)), iface, iface, unwrapped)
		}
	}
	typeName := func(n ast.Node, what string, x ast.Expr) {
		iface := interfaceOf(c.Info.TypeOf(x))
		held, subject := j.holds, "an interface that may hold"
		if tp, ok := types.Unalias(c.Info.TypeOf(x)).(*types.TypeParam); ok && what == "%#v" {
			// A type parameter's value: held as its representation by
			// the interpreter's generic code, where a type argument is
			// such a type.
			iface = tp.Constraint().Underlying().(*types.Interface)
			subject = "a value of type parameter " + tp.Obj().Name() + ", which may be"
			held = func(t types.Type) bool {
				for _, inst := range c.Info.Instances {
					for targ := range inst.TypeArgs.Types() {
						if types.Identical(targ, t) {
							return true
						}
					}
				}
				return false
			}
		}
		if iface == nil {
			return
		}
		if t := onlyValueType(c.Info, file, x); t != nil && interfaceOf(t) == nil && !hasProgramNamed(t) {
			return // it holds a value of one type, none of the program's
		}
		if what == "%#v" {
			// Go's syntax names a composite type (main.IDs{1, 2}); fmt's
			// lowering names those the interpreter holds by name (with
			// methods), not those it holds as their representation.
			if !j.script || found != nil {
				return
			}
			for _, text := range slices.Sorted(maps.Keys(tw.byText)) {
				u, ok := types.Unalias(tw.byText[text]).(*types.Named)
				if !ok || u.TypeParams().Len() > 0 || !types.Satisfies(u, iface) || !held(u) {
					continue
				}
				switch u.Underlying().(type) {
				case *types.Slice, *types.Map, *types.Array:
				default:
					continue
				}
				if types.NewMethodSet(u).Len() > 0 && !types.Implements(u, errorType) {
					continue // held by its name
				}
				found = &Error{Pos: pos(n), Msg: fmt.Sprintf(
					"%%#v of %s %s: the interpreter holds it as its representation (%s), so it would print it without its type's name; print it where its static type is known",
					subject, withArticle(text), TypeText(u.Underlying()))}
				return
			}
			return
		}
		// At the prompt, %T in the statements of an input (not in a
		// function, nor a function literal) runs once, now: what the
		// interface may hold is what the session and the input put in
		// interfaces so far, and no later input reaches it.
		once := what == "%T" && !j.script && c.runsOnce(x.Pos())
		if what != "%T" || !j.script && !once {
			// Not narrowed to held twins: reflection names a type by
			// the representations registered (hostrt's reflectNames),
			// and at the prompt fmt's name function in a function
			// knows only the types held when it is compiled.
			if u, v, ok := tw.pairPtr(iface); ok {
				refuse(n, nil, what+" of an interface", u, v,
					"print the type where its static type is known, or "+shape)
			}
			return
		}
		// In a script, and in the statements of an input, narrowed to
		// held twins: fmt's lowering names a type by the twins the
		// program holds (typeNameFuncOf), but not a slice, array, map or
		// other type without a name made of a type of the program's that
		// is not a struct ([]W, map[SKU]Stock), which the interpreter
		// holds as its representation ([]int) and the name function
		// cannot tell.
		if u, ok := heldBareComposite(c, j, tw, iface); ok {
			if j.script && tw.byText[u] != nil {
				if only := recoveredTypes(c.Info, file, x); only != nil && !only(tw.byText[u]) {
					return // a recovered value, of the types the program panics with
				}
			}
			if found == nil {
				repr := "its representation"
				if t := tw.byText[u]; t != nil {
					repr += " (" + shownRepr(twinKey(t)) + ")"
				}
				found = &Error{Pos: pos(n), Msg: fmt.Sprintf(
					"%s of an interface that may hold a %s: the interpreter holds it in an interface as %s, so it would name it wrongly; print the type where its static type is known",
					what, u, repr)}
			}
			return
		}
		for _, m := range []map[string][]types.Type{tw.cands, tw.ptrs} {
			for _, p := range tw.pairs(m, iface, iface) {
				var needs []types.Type
				if !once {
					needs = p[:]
				} else if !j.holds(p[0]) || !j.holds(p[1]) {
					continue // nothing to keep pending: it will not run again
				}
				refuse(n, needs, what+" of an interface", TypeText(p[0]), TypeText(p[1]),
					"print the type where its static type is known, or "+shape)
			}
		}
	}
	// compareTypes checks a comparison, in a function of the standard
	// library, of values of types x and y.
	compareTypes := func(n ast.Node, what string, x, y types.Type, deep bool) {
		ix, iy := interfaceOf(x), interfaceOf(y)
		switch {
		case ix == nil && iy == nil:
			if types.Identical(x, y) {
				inner(n, what, x, deep)
			}
		case ix != nil && iy != nil:
			for _, p := range tw.pairs(tw.cands, ix, iy) {
				refuse(n, p[:], what+" of two interfaces", TypeText(p[0]), TypeText(p[1]),
					"keep the values in variables of their own types rather than interfaces, or "+shape)
			}
		default:
			t, iface := y, ix
			if iy != nil {
				t, iface = x, iy
			}
			for _, u := range tw.twinsIn(types.Default(t), iface) {
				refuse(n, []types.Type{u}, what+" of an interface with "+TypeText(t), TypeText(t), TypeText(u),
					"keep the value in a variable of its own type rather than an interface, or "+shape)
			}
			inner(n, what, types.Default(t), deep)
		}
	}
	// keyArg refuses a key given to compiled code that compares it (see
	// lower_keys.go), of an interface type or a type parameter that may
	// hold a value of the program's types: the key goes as the
	// interpreter holds it, without its type's name, where one of the
	// type's own static type goes with it.
	keyArg := func(n ast.Node, what string, key ast.Expr) {
		tv := c.Info.Types[key]
		if tv.Type == nil || tv.IsNil() || compiledVar(c.Info, key) {
			return
		}
		var held func(u types.Type) bool
		if iface := interfaceOf(tv.Type); iface != nil {
			held = func(u types.Type) bool { return types.Implements(u, iface) }
		} else if tp, ok := types.Unalias(tv.Type).(*types.TypeParam); ok {
			held = func(u types.Type) bool { return types.Satisfies(u, tp.Constraint().Underlying().(*types.Interface)) }
		} else {
			return
		}
		for _, text := range slices.Sorted(maps.Keys(tw.byText)) {
			u := tw.byText[text]
			if _, named := types.Unalias(u).(*types.Named); !named || !keyed(u) || !held(u) {
				continue
			}
			if found == nil {
				found = j.report([]types.Type{u}, &Error{Pos: pos(n), Msg: fmt.Sprintf(
					"%s: the key, of type %s, may hold a value of type %s, which the interpreter gives compiled code without its type's name (as %s), so it would take it for a key of another type; pass the key as a value of its own type",
					what, TypeText(tv.Type), TypeText(u), shownRepr(twinKey(u)))})
			}
		}
	}
	// compiledCompare checks a call of a function of the standard
	// library that compares its arguments.
	compiledCompare := func(n *ast.CallExpr, fn *types.Func) {
		if n.Ellipsis.IsValid() {
			return
		}
		name := funcName(fn)
		switch name {
		case "sync.Map.CompareAndSwap", "sync.Map.CompareAndDelete":
			// The old value, compared with the one stored, held in an
			// any. (atomic.Value's check that each value stored is of
			// the first one's type is left to the interpreter: refusing
			// every Store of an int in a program with a type Level int
			// would refuse many a right program for a rare wrong one.)
			if len(n.Args) >= 2 && !c.Info.Types[n.Args[1]].IsNil() && !compiledVar(c.Info, n.Args[1]) {
				compareTypes(n, name, anyIface, c.Info.TypeOf(n.Args[1]), false)
			}
		}
		for _, i := range compiledKeyArgs[name] {
			if i < len(n.Args) {
				keyArg(n.Args[i], name, n.Args[i])
			}
		}
		elem := func(e ast.Expr) types.Type {
			if s, ok := types.Unalias(c.Info.TypeOf(e)).Underlying().(*types.Slice); ok {
				return s.Elem()
			}
			return nil
		}
		switch name {
		case "reflect.DeepEqual":
			if len(n.Args) == 2 && !c.Info.Types[n.Args[0]].IsNil() && !c.Info.Types[n.Args[1]].IsNil() {
				compareTypes(n, name, c.Info.TypeOf(n.Args[0]), c.Info.TypeOf(n.Args[1]), true)
			}
		case "slices.Contains", "slices.Index":
			if len(n.Args) == 2 && !c.Info.Types[n.Args[1]].IsNil() {
				if e := elem(n.Args[0]); e != nil {
					compareTypes(n, name, e, c.Info.TypeOf(n.Args[1]), false)
				}
			}
		case "slices.Equal", "slices.Compact":
			if e := elem(n.Args[0]); e != nil {
				compareTypes(n, name, e, e, false)
			}
		case "maps.Equal":
			if len(n.Args) == 2 {
				if m, ok := types.Unalias(c.Info.TypeOf(n.Args[0])).Underlying().(*types.Map); ok {
					compareTypes(n, name, m.Elem(), m.Elem(), false)
				}
			}
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
			if _, isMap := types.Unalias(c.Info.TypeOf(n.X)).Underlying().(*types.Map); isMap {
				wrappedKey(n, c.Info.TypeOf(n.X), n.Index)
			}
		case *ast.CompositeLit:
			if len(n.Elts) > 0 {
				mapKey(n, c.Info.TypeOf(n))
			}
			if _, isMap := types.Unalias(c.Info.TypeOf(n)).Underlying().(*types.Map); isMap {
				for _, e := range n.Elts {
					if kv, ok := e.(*ast.KeyValueExpr); ok {
						wrappedKey(kv, c.Info.TypeOf(n), kv.Key)
					}
				}
			}
		case *ast.CallExpr:
			switch fn := calledFunc(c.Info, n.Fun).(type) {
			case *types.Builtin:
				if fn.Name() == "delete" && len(n.Args) == 2 {
					mapKey(n, c.Info.TypeOf(n.Args[0]))
					wrappedKey(n, c.Info.TypeOf(n.Args[0]), n.Args[1])
				}
			case *types.Func:
				if fn.Pkg() == nil {
					break
				}
				path, name := fn.Pkg().Path(), fn.Name()
				compiledCompare(n, fn)
				if path == "reflect" && name == "TypeOf" && len(n.Args) == 1 {
					typeName(n, "reflect.TypeOf", n.Args[0])
				}
				if sel, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr); ok && path == "reflect" && len(n.Args) == 1 {
					switch recv, _ := reflectType(c.Info.TypeOf(sel.X)); {
					case recv == "Type" && (name == "AssignableTo" || name == "ConvertibleTo"):
						reflectTypes(n, "reflect.Type's "+name+" of two types", sel.X, n.Args[0])
					case recv == "Value" && name == "CanConvert":
						reflectTypes(n, "reflect.Value's "+name+" to a type", n.Args[0], nil)
					}
				}
				if x := typeOfArg(c.Info, n); x != nil && name == "Type" {
					typeName(n, "reflect.ValueOf(...).Type()", x)
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
				hostrt.ScanVerbs(constant.StringVal(tv.Value), func(i int, flags string, verb rune) {
					if verb == 'v' && strings.ContainsRune(flags, '#') && at+1+i < len(n.Args) {
						typeName(n.Args[at+1+i], "%#v", n.Args[at+1+i])
					}
				})
			}
		}
		return found == nil
	})
	return found
}

// heldBareComposite returns the first (by its text) type without a name
// (a slice, array, map, channel, pointer or struct type) made of a type
// of the program's that is neither a struct nor an interface ([]W,
// map[SKU]Stock, *[]W) that iface may hold, put in an interface by the
// segment's code or, as the session knows them by their text, an
// earlier input's; it records the type in tw.byText.
func heldBareComposite(c *Checked, j *twinJudge, tw *twins, iface *types.Interface) (string, bool) {
	if iface.NumMethods() > 0 {
		return "", false // such a type has no methods
	}
	var plain []string // the program's types that are neither
	for text, t := range tw.byText {
		if n, ok := types.Unalias(t).(*types.Named); ok && !isStructType(n) && !types.IsInterface(n) {
			plain = append(plain, text)
		}
	}
	if len(plain) == 0 {
		return "", false
	}
	madeOfPlain := func(t types.Type) bool {
		if _, named := types.Unalias(t).(*types.Named); named {
			return false
		}
		found := false
		walkTypeParts(t, map[types.Type]bool{}, func(u types.Type) bool {
			if n, ok := types.Unalias(u).(*types.Named); ok {
				if n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "main" && !isStructType(n) && !types.IsInterface(n) {
					found = true
				}
				return false // told by its name, or its tag
			}
			return !found
		})
		return found
	}
	var cands []string
	for _, tv := range c.Info.Types {
		if t := tv.Type; t != nil && !tv.IsType() && madeOfPlain(t) && !hasTypeParam(t) && j.holds(t) {
			if text := TypeText(t); tw.byText[text] == nil {
				tw.byText[text] = t
				cands = append(cands, text)
			} else if types.Identical(tw.byText[text], t) {
				cands = append(cands, text)
			}
		}
	}
	if len(cands) > 0 {
		slices.Sort(cands)
		return cands[0], true
	}
	// An earlier input's, by its text.
	for _, k := range slices.Sorted(maps.Keys(j.session.held)) {
		if !strings.ContainsAny(k, "[]{}*( ") {
			continue // a named or basic type
		}
		for _, name := range plain {
			if i := strings.Index(k, name); i >= 0 && (i == 0 || !isIdentByte(k[i-1])) && (i+len(name) == len(k) || !isIdentByte(k[i+len(name)])) {
				if _, ok := tw.byText[k]; !ok && c.pkg != nil {
					if tv, err := types.Eval(token.NewFileSet(), c.pkg, token.NoPos, k); err == nil && tv.IsType() {
						tw.byText[k] = tv.Type
					}
				}
				return k, true
			}
		}
	}
	return "", false
}

// onlyValueType returns the type of the one value the local variable x
// is given, its declaration's, where nothing else assigns it or takes its
// address (var v any = 3.5); nil otherwise.
func onlyValueType(info *types.Info, file *ast.File, x ast.Expr) types.Type {
	id, ok := ast.Unparen(x).(*ast.Ident)
	if !ok {
		return nil
	}
	v, ok := info.Uses[id].(*types.Var)
	if !ok || v.Parent() == nil || v.Pkg() == nil || v.Parent() == v.Pkg().Scope() {
		return nil
	}
	var value types.Type
	other := false
	ast.Inspect(file, func(n ast.Node) bool {
		if other {
			return false
		}
		switch n := n.(type) {
		case *ast.ValueSpec:
			for i, name := range n.Names {
				if info.Defs[name] == v {
					if len(n.Values) != len(n.Names) {
						other = true
					} else {
						value = info.TypeOf(n.Values[i])
					}
				}
			}
		case *ast.AssignStmt:
			for i, l := range n.Lhs {
				lid, ok := ast.Unparen(l).(*ast.Ident)
				if !ok || info.Defs[lid] != v && info.Uses[lid] != v {
					continue
				}
				if n.Tok != token.DEFINE || len(n.Lhs) != len(n.Rhs) || info.Defs[lid] != v {
					other = true
				} else {
					value = info.TypeOf(n.Rhs[i])
				}
			}
		case *ast.UnaryExpr:
			if uid, ok := ast.Unparen(n.X).(*ast.Ident); ok && n.Op == token.AND && info.Uses[uid] == v {
				other = true
			}
		case *ast.RangeStmt:
			for _, e := range []ast.Expr{n.Key, n.Value} {
				if rid, ok := e.(*ast.Ident); ok && (info.Defs[rid] == v || info.Uses[rid] == v) {
					other = true
				}
			}
		}
		return true
	})
	if other {
		return nil
	}
	return value
}

// hasProgramNamed reports whether t is made of a named type of the
// program's.
func hasProgramNamed(t types.Type) bool {
	found := false
	walkType(t, func(u types.Type) bool {
		if n, ok := u.(*types.Named); ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "main" {
			found = true
		}
		return !found
	})
	return found
}

// typeOfArg returns x where e is reflect.TypeOf(x) or
// reflect.ValueOf(x).Type(), or nil.
func typeOfArg(info *types.Info, e ast.Expr) ast.Expr {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return nil
	}
	if sel, ok := call.Fun.(*ast.SelectorExpr); ok && sel.Sel.Name == "Type" && len(call.Args) == 0 {
		if s := info.Selections[sel]; s != nil {
			if recv, ok := types.Unalias(derefType(s.Recv())).(*types.Named); ok && recv.Obj().Pkg() != nil && recv.Obj().Pkg().Path() == "reflect" && recv.Obj().Name() == "Value" {
				if inner, ok := ast.Unparen(sel.X).(*ast.CallExpr); ok {
					if fn, ok := calledFunc(info, inner.Fun).(*types.Func); ok && funcName(fn) == "reflect.ValueOf" && len(inner.Args) == 1 {
						return inner.Args[0]
					}
				}
			}
		}
		return nil
	}
	if fn, ok := calledFunc(info, call.Fun).(*types.Func); ok && funcName(fn) == "reflect.TypeOf" && len(call.Args) == 1 {
		return call.Args[0]
	}
	return nil
}

// innerIfaces returns the interface types within a value of type t that a
// comparison of two such values compares: through struct fields (but
// blank ones) and array elements, and, deep (as reflect.DeepEqual
// compares), through pointers, slices and maps too. t itself is not
// counted.
func innerIfaces(t types.Type, deep bool) []types.Type {
	var out []types.Type
	seen := map[types.Type]bool{}
	var walk func(u types.Type, top bool)
	walk = func(u types.Type, top bool) {
		if u == nil || seen[u] {
			return
		}
		seen[u] = true
		if !top && interfaceOf(u) != nil {
			if !slices.ContainsFunc(out, func(o types.Type) bool { return types.Identical(o, u) }) {
				out = append(out, u)
			}
			return
		}
		switch u := types.Unalias(u).Underlying().(type) {
		case *types.Struct:
			for f := range u.Fields() {
				if f.Name() != "_" {
					walk(f.Type(), false)
				}
			}
		case *types.Array:
			walk(u.Elem(), false)
		case *types.Pointer:
			if deep {
				walk(u.Elem(), false)
			}
		case *types.Slice:
			if deep {
				walk(u.Elem(), false)
			}
		case *types.Map:
			if deep {
				walk(u.Key(), false)
				walk(u.Elem(), false)
			}
		}
	}
	walk(t, true)
	return out
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

// calleeIdent returns the identifier naming what a call of fun calls (f,
// pkg.F, x.M, f[int]), or nil.
func calleeIdent(fun ast.Expr) *ast.Ident {
	fun = ast.Unparen(fun)
	switch f := fun.(type) {
	case *ast.IndexExpr:
		fun = f.X
	case *ast.IndexListExpr:
		fun = f.X
	}
	switch f := fun.(type) {
	case *ast.Ident:
		return f
	case *ast.SelectorExpr:
		return f.Sel
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
	cands map[string][]types.Type // a named type, or a named non-struct type's underlying type
	ptrs  map[string][]types.Type // pointers to the program's named types
	// wrapped are the program's types with methods that the interpreter
	// holds in an interface as a wrapper of its own (a named type that is
	// not a struct, a pointer): == and map keys compare the wrappers.
	wrapped []types.Type
	keys    []string              // of cands and ptrs, by the name of their first type
	byText  map[string]types.Type // typeText of each, for messages
}

// sortByText sorts ts by their names, each written once (a session of 200
// types with methods wrote two at each comparison).
func sortByText(ts []types.Type) {
	text := make(map[types.Type]string, len(ts))
	for _, t := range ts {
		text[t] = TypeText(t)
	}
	slices.SortFunc(ts, func(a, b types.Type) int { return strings.Compare(text[a], text[b]) })
}

// newTwins gathers the program's types as ambiguousAssertion does: those
// the segment declares, at package level or inside functions, and the
// session's (others) that the segment does not declare again.
func newTwins(c *Checked, others []types.Object) *twins {
	named := checkedTypes(c, others)
	tw := &twins{cands: map[string][]types.Type{}, ptrs: map[string][]types.Type{}, byText: map[string]types.Type{}}
	add := func(m map[string][]types.Type, t types.Type) {
		if text := TypeText(t); tw.byText[text] == nil {
			tw.byText[text] = t
			key := twinKey(t)
			m[key] = append(m[key], t)
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
		if _, isStruct := tn.Type().Underlying().(*types.Struct); !isStruct && types.NewMethodSet(tn.Type()).Len() > 0 {
			tw.wrapped = append(tw.wrapped, tn.Type())
		}
		if p := types.NewPointer(tn.Type()); types.NewMethodSet(p).Len() > 0 {
			tw.wrapped = append(tw.wrapped, p)
		}
		if _, isStruct := tn.Type().Underlying().(*types.Struct); !isStruct {
			add(tw.cands, tn.Type().Underlying())
		}
	}
	// In the order of their names, so that a message names the same pair
	// each time.
	// (The names are written once: a session of 200 struct types of one
	// shape sorted a list of 200, writing two names at each comparison.)
	text := map[types.Type]string{}
	for name, t := range tw.byText {
		text[t] = name
	}
	byText := func(a, b types.Type) int { return strings.Compare(text[a], text[b]) }
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
			return text[ts[0]]
		}
		return text[tw.ptrs[key][0]]
	}
	slices.SortStableFunc(tw.keys, func(a, b string) int { return strings.Compare(first(a), first(b)) })
	return tw
}

// twinsIn returns the types other than t, of t's representation, that
// iface may hold.
func (tw *twins) twinsIn(t types.Type, iface *types.Interface) []types.Type {
	var us []types.Type
	for _, u := range tw.cands[twinKey(t)] {
		if !types.Identical(u, t) && types.Implements(u, iface) {
			us = append(us, u)
		}
	}
	return us
}

// pairs returns the pairs of types of one representation (of m), the
// first of which x may hold and the second y.
func (tw *twins) pairs(m map[string][]types.Type, x, y *types.Interface) [][2]types.Type {
	var ps [][2]types.Type
	for _, key := range tw.keys {
		ts := m[key]
		for _, u := range ts {
			if !types.Implements(u, x) {
				continue
			}
			for _, v := range ts {
				if !types.Identical(u, v) && types.Implements(v, y) {
					ps = append(ps, [2]types.Type{u, v})
				}
			}
		}
	}
	return ps
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
