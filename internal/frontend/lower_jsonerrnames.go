package frontend

import (
	"encoding/json"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/ast/inspector"
)

// Lowering: the types and the struct json names in a decoding error.
//
// yaegi v0.16.1 hands encoding/json the program's types as the types
// reflection builds for their representations: a type W int as an int,
// a struct type as one without a name. So the type error of a value that
// does not fit named the representation and no struct ("cannot unmarshal
// string into Go struct field .level of type int", where Go says
// "User.level of type main.Level"), and so did the error of a target that
// is no pointer ("json: Unmarshal(nil *struct { ... })", Go: "nil
// *main.User"). (Values that need a decoder of their own, see
// lower_json_decode.go, name them already.) The error of json.Unmarshal,
// or of a Decoder's Decode, into a value of a type that holds the
// program's types goes through a helper that names them as Go does:
//
//	json.Unmarshal(data, &u)  ->  func(__d []byte, __p *User) error { return __repl.JSONErrorNames(json.Unmarshal(__d, __p), __d, SHAPE, func() []any { return []any{*new(*User), *new(User), *new(Level), ...} }) }(data, &u)
//	dec.Decode(&u)            ->  __repl.JSONErrorNames(dec.Decode(&u), nil, SHAPE, func() []any { ... })
//
// SHAPE, a constant (see hostrt's jsonErrShape), gives Go's name of each
// type json may be decoding at each field path of the target (a field's
// type, the elements, keys and values it points to or holds), and the
// struct each field lies in; the function gives a value of each type, by
// which the helper tells, from the type the error names, which of the
// types at the error's path it is. A map's key and value of the same
// representation (map[Key]Level, both ints) are told apart by the error's
// words where they can be (a key that is no number), or by the JSON at
// the error's offset where the call knows it (json.Unmarshal's), else
// the call panics, saying so.
//
// The error of a field with the ,string option whose value is no quoted
// value ("invalid use of ,string struct tag, trying to unmarshal \"x\"
// into int") names the type of the fields with the option of that
// representation (main.Level), where they are of one type.
//
// The error's Type is then a reflect.Type of the shell's, that names the
// type as Go does (String, Name, PkgPath) and is its representation
// otherwise (Kind): the Type of a json.UnmarshalTypeError or
// InvalidUnmarshalError is refused but where its methods are called, it is
// printed by fmt or compared with nil (lowerJSONErrType).
//
// json.Unmarshal(data, v) with v an interface (func load(s string, v any)
// error) names them too, by the pointer v holds, told by its reflect type
// among the segment's pointers to the program's types and those of their
// representations (see jsonErrNamesHeld).
//
// Refused: such a call where a type json may reach is not in scope (a
// type local to another function).

// nameJSONErrors wraps a call of json.Unmarshal or Decoder.Decode (name)
// as described above.
func (w *rewriter) nameJSONErrors(n *ast.CallExpr, name string, info *types.Info) {
	var target ast.Expr
	switch {
	case name == "Unmarshal" && len(n.Args) == 2:
		target = n.Args[1]
	case name == "Decoder.Decode" && len(n.Args) == 1:
		target = n.Args[0]
	default:
		return
	}
	t := info.TypeOf(target)
	if t == nil || types.IsInterface(t) || !userish(t) || hasTypeParam(t) {
		return
	}
	shape, samples, missing, twins := w.jsonErrShape(t, target.Pos())
	if missing != nil {
		w.refuse(target, fmt.Sprintf("%s into a value of type %s, which holds type %s, not in scope here: the interpreter would name the program's types wrongly in its errors (declare the type at package level)",
			jsonCallName(name), reflectString(t), reflectString(missing)))
		return
	}
	if twins != "" && name == "Decoder.Decode" {
		w.refuse(target, fmt.Sprintf("(*json.Decoder).Decode into a value of type %s, which holds a map whose %s: the interpreter holds them alike, and the shell could not tell which one an error names without the JSON; decode into a json.RawMessage, then json.Unmarshal it",
			reflectString(t), twins))
		return
	}
	if fun, ok := n.Fun.(*ast.SelectorExpr); ok && name == "Unmarshal" {
		if pkg, ok := fun.X.(*ast.Ident); ok {
			if src, ok := w.instanceSource(t, target.Pos()); ok {
				// The JSON goes with the error: it tells a map's key
				// from its value.
				w.vacate(n.Fun, fmt.Sprintf("func(__d []byte, __p %s) error { return %s.JSONErrorNames(%s.Unmarshal(__d, __p), __d, %s, func() []any { return []any{%s} }) }", src, HelperPkg, pkg.Name, shape, samples))
				return
			}
		}
	}
	end := w.offset(n.End())
	w.wrapArg(n, HelperPkg+".JSONErrorNames(", -5)
	w.add(end, end, fmt.Sprintf(", nil, %s, func() []any { return []any{%s} })", shape, samples), 5)
}

// jsonErrShape returns the shape of the types json may decode into a
// value of type t, as a Go string literal, and the source of their
// samples, written at pos (missing: a type of the program's not in scope
// there; twins: a map's key type and a type of its values that the
// interpreter holds alike, "keys of type main.Key and values of type
// main.Level", or "").
func (w *rewriter) jsonErrShape(t types.Type, pos token.Pos) (shape, samples string, missing types.Type, twins string) {
	b := &jsonErrShapeBuilder{w: w, pos: pos, structs: map[string]jsonErrShapeStruct{}}
	b.shape.Root = b.chain(t)
	b.shape.Structs = b.structs
	text, err := json.Marshal(b.shape)
	if err != nil {
		panic(err) // strings, ints and maps of them
	}
	return strconv.Quote(string(text)), strings.Join(b.samples, ", "), b.missing, b.twins
}

// jsonErrShape is hostrt's, as the front end writes it.
type jsonErrShape struct {
	Types   []string                      `json:"t"`
	Root    []int                         `json:"r"`
	Structs map[string]jsonErrShapeStruct `json:"s"`
	Quoted  []int                         `json:"q,omitempty"`
}

type jsonErrShapeStruct struct {
	Name   string           `json:"n"`
	Fields map[string][]int `json:"f"`
}

// jsonErrShapeBuilder writes the shape of a target's types and the
// samples of them.
type jsonErrShapeBuilder struct {
	w       *rewriter
	pos     token.Pos
	shape   jsonErrShape
	types   []types.Type
	samples []string
	structs map[string]jsonErrShapeStruct
	missing types.Type // a type of the program's not in scope
	twins   string     // see jsonErrShape
}

// index returns the index of t among the shape's types, adding it (and
// reporting so) where it is new.
func (b *jsonErrShapeBuilder) index(t types.Type) (int, bool) {
	for i, u := range b.types {
		if types.Identical(t, u) {
			return i, false
		}
	}
	src, ok := b.w.instanceSource(t, b.pos)
	if !ok {
		if b.missing == nil && userish(t) {
			b.missing = t
		}
		src = "nil" // a compiled type: told by its name
	}
	b.types = append(b.types, t)
	b.shape.Types = append(b.shape.Types, reflectString(t))
	b.samples = append(b.samples, "*new("+src+")")
	if !ok {
		b.samples[len(b.samples)-1] = "nil"
	}
	return len(b.types) - 1, true
}

// chain returns the chain of the types json may be decoding where it
// decodes a value of type t: t, and what it points to or holds (a map's
// key as -1-index), down to a struct, whose fields' chains it records.
func (b *jsonErrShapeBuilder) chain(t types.Type) []int {
	var out []int
	var walk func(t types.Type, key bool)
	walk = func(t types.Type, key bool) {
		if types.IsInterface(t) {
			return
		}
		i, fresh := b.index(t)
		for _, c := range out {
			if c == i || c == -1-i {
				return
			}
		}
		if key {
			out = append(out, -1-i)
			return
		}
		out = append(out, i)
		switch u := t.Underlying().(type) {
		case *types.Pointer:
			walk(u.Elem(), false)
		case *types.Slice:
			walk(u.Elem(), false)
		case *types.Array:
			walk(u.Elem(), false)
		case *types.Map:
			walk(u.Key(), true)
			walk(u.Elem(), false)
		case *types.Struct:
			if fresh && userish(t) {
				b.structFields(i, t)
			}
		}
	}
	walk(t, false)
	for _, k := range out {
		for _, e := range out {
			if k >= 0 || e < 0 || b.twins != "" {
				continue
			}
			kt, et := b.types[-1-k], b.types[e]
			if ReprKey(kt) == ReprKey(et) && reflectString(kt) != reflectString(et) {
				b.twins = fmt.Sprintf("keys of type %s and values of type %s", reflectString(kt), reflectString(et))
			}
		}
	}
	return out
}

// structFields records the fields json decodes of the struct type t, at
// index i, by their JSON names.
func (b *jsonErrShapeBuilder) structFields(i int, t types.Type) {
	st := jsonErrShapeStruct{Fields: map[string][]int{}}
	if n, ok := types.Unalias(t).(*types.Named); ok {
		st.Name = strings.TrimPrefix(reflectString(n), "main.")
	}
	key := strconv.Itoa(i)
	b.structs[key] = st // before the fields: a type that holds itself
	for _, f := range jsonFields(t) {
		st.Fields[f.name] = b.chain(f.typ)
		if f.quoted && !slices.Contains(b.shape.Quoted, st.Fields[f.name][0]) {
			b.shape.Quoted = append(b.shape.Quoted, st.Fields[f.name][0])
		}
	}
}

// jsonErrTypeFields are json's error types whose Type field the shell may
// make a reflect.Type of its own (see above and helpers_json.go).
var jsonErrTypeFields = map[string]bool{"UnmarshalTypeError": true, "InvalidUnmarshalError": true, "MarshalerError": true}

// refuseJSONErrTypes refuses the Type of json's errors (e.Type, e a
// *json.UnmarshalTypeError) used but as a receiver of its methods, an
// argument fmt prints with a verb but %T, a comparison with nil, or, at
// the prompt, a value shown: reflection's other uses (==, reflect.New)
// would see the shell's type, not the one Go names.
func (w *rewriter) refuseJSONErrTypes(in *inspector.Inspector) error {
	info := w.info()
	var err error
	in.WithStack([]ast.Node{(*ast.SelectorExpr)(nil)}, func(n ast.Node, push bool, stack []ast.Node) bool {
		sel := n.(*ast.SelectorExpr)
		if !push || err != nil || sel.Sel.Name != "Type" {
			return true
		}
		s := info.Selections[sel]
		if s == nil || s.Kind() != types.FieldVal {
			return true
		}
		recv, ok := types.Unalias(derefType(s.Recv())).(*types.Named)
		if !ok || recv.Obj().Pkg() == nil || recv.Obj().Pkg().Path() != "encoding/json" || !jsonErrTypeFields[recv.Obj().Name()] {
			return true
		}
		var child ast.Node = sel
		i := len(stack) - 2
		for ; i >= 0; i-- {
			if _, paren := stack[i].(*ast.ParenExpr); !paren {
				break
			}
			child = stack[i]
		}
		if i >= 0 && jsonErrTypeUseOK(w, info, stack[i], child.(ast.Expr)) {
			return true
		}
		err = &Error{Pos: w.src.Position(w.offset(sel.Sel.Pos())), Msg: fmt.Sprintf(
			"the Type of a json.%s as a value: the shell gives it Go's names of the program's types (String, Name, PkgPath), and other uses of reflection (==, reflect.New) would see a type of its own; call its methods (%s.String(), .Kind()) or print it",
			recv.Obj().Name(), types.ExprString(sel))}
		return true
	})
	return err
}

// jsonErrTypeUseOK reports whether parent uses x, a json error's Type,
// as refuseJSONErrTypes lets it.
func jsonErrTypeUseOK(w *rewriter, info *types.Info, parent ast.Node, x ast.Expr) bool {
	switch p := parent.(type) {
	case *ast.SelectorExpr:
		s := info.Selections[p]
		return p.X == x && s != nil && s.Kind() == types.MethodVal
	case *ast.BinaryExpr:
		other := p.Y
		if p.Y == x {
			other = p.X
		}
		return (p.Op == token.EQL || p.Op == token.NEQ) && info.Types[other].IsNil()
	case *ast.AssignStmt:
		return slices.Contains(p.Lhs, x) // a write
	case *ast.ExprStmt:
		return w.mode == ModeInput // shown at the prompt
	case *ast.CallExpr:
		fn, ok := calledFunc(info, p.Fun).(*types.Func)
		if !ok || fn.Pkg() == nil || p.Ellipsis.IsValid() {
			return false
		}
		first, ok := fmtPrintFuncs[fn.Pkg().Path()][fn.Name()]
		if !ok {
			return false
		}
		i := slices.Index(p.Args, x)
		if i <= first {
			return false
		}
		if first < 0 {
			return true
		}
		verbs := formatVerbs(w.constFormat(p, first))
		return verbs != nil && verbs[i-first-1] != 'T' && verbs[i-first-1] != 0
	}
	return false
}

// jsonHeldCall stands for the call of json.Unmarshal in jsonErrNamesHeld's
// text.
const jsonHeldCall = "\x00call\x00"

// jsonErrNamesHeld returns, for json.Unmarshal(data, v) with v an
// interface (target), the text of the call that names the program's
// types in the error of json.Unmarshal (jsonHeldCall) of whichever of the
// segment's pointers to them v holds (see the doc above), or "" where the
// segment has none. Each pointer type is told by the type reflection
// gives a value of it, and the pointers of its representation
// (*int for a *Level) the segment has values of go along: where the
// value may be several of them whose errors differ, the call panics,
// saying so. At the prompt, a pointer of a representation another input
// registered for a type of the program's the call does not know panics
// too (__repl.JSONErrorNamesHeld).
func (w *rewriter) jsonErrNamesHeld(target ast.Expr, info *types.Info) string {
	var ptrs []types.Type
	add := func(t types.Type) {
		if t == nil || hasTypeParam(t) || slices.ContainsFunc(ptrs, func(u types.Type) bool { return types.Identical(t, u) }) {
			return
		}
		if p, ok := types.Unalias(t).(*types.Pointer); ok && !types.IsInterface(p.Elem()) {
			ptrs = append(ptrs, t)
		}
	}
	for _, tn := range w.programTypes() {
		if c := w.plan.Checked; c != nil && c.pkg != nil {
			// The check's own object of a type an earlier input declared.
			if o, ok := c.pkg.Scope().Lookup(tn.Name()).(*types.TypeName); ok {
				tn = o
			}
		}
		if t := tn.Type(); !types.IsInterface(t) && !jsonDecodeNeeds(t) {
			add(types.NewPointer(t))
		}
	}
	for _, tv := range info.Types {
		if tv.Type != nil && !tv.IsType() {
			if p, ok := types.Unalias(tv.Type).(*types.Pointer); ok && !jsonDecodeNeeds(p.Elem()) {
				add(tv.Type)
			}
		}
	}
	// The program's, and those of their representations.
	reprs := map[string]bool{}
	for _, p := range ptrs {
		if userish(p) {
			reprs[ReprKey(p)] = true
		}
	}
	if len(reprs) == 0 && w.mode == ModeScript {
		return ""
	}
	var cases []string
	for _, p := range ptrs {
		if !reprs[ReprKey(p)] {
			continue
		}
		src, ok := w.instanceSource(p, target.Pos())
		if !ok {
			continue // not in scope: a type the call does not know
		}
		shape, samples, missing, _ := w.jsonErrShape(p, target.Pos())
		if missing != nil {
			continue
		}
		cases = append(cases, fmt.Sprintf("*new(%s), %s, func() []any { return []any{%s} }", src, shape, samples))
	}
	if len(cases) == 0 && w.mode == ModeScript {
		return ""
	}
	return fmt.Sprintf("%s.JSONErrorNamesHeld(%s, __d, __t, %q, func() []any { return []any{%s} })", HelperPkg, jsonHeldCall, w.src.Position(w.offset(target.Pos())), strings.Join(cases, ", "))
}
