package frontend

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"maps"
	"regexp"
	"slices"
	"strings"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/asyncrepl/asyncrepl/internal/gosrc"
	"github.com/asyncrepl/asyncrepl/internal/hostrt"
)

// Lowering: generic types whose methods the interpreter would take for
// one another, written out per instantiation.
//
// yaegi v0.16.1 keys the instances of generic code by the declaration's
// bare name and the type arguments (see refuse_instancename.go): the
// methods Push of Stack[int] and of Queue[int] are both Push[int], and
// the second type to be instantiated got the first one's method (q.Push
// ran Stack's Push). Code without type parameters it runs as Go does. So
// in a script, the generic types of the file one of whose methods is
// named as a method of another generic type, a generic function or a
// generic type are written out, after the file, once for each list of
// type arguments the program instantiates them with, as ordinary types
// with their methods, in which each type parameter names its argument;
// and every instance names its copy:
//
//	type Stack[T any] struct{ items []T }
//	func (s *Stack[T]) Push(x T) { ... }
//	s := &Stack[int]{}
//	  ->
//	s := &Stack__x6d61...{}
//	...
//	type Stack__x6d61... struct{ items []int }
//	func (s *Stack__x6d61...) Push(x int) { ... }
//
// The copy's name is the type's, "__x" and Go's name of the instance
// (main.Stack[int]) in hexadecimal (hostrt.CopyName), so that %T, the
// names the other lowerings write and the names read back from the
// interpreter's values say main.Stack[int] (hostrt.CopiedName). A generic
// function that instantiates such a type with its own type parameters
// (func NewStack[T any]() *Stack[T]) is written out likewise, once for
// each instantiation, as lower_specialise.go writes a function out, and
// its calls name the copies. Instances written in the copies (a method
// returning *Stack[T]) are instances with arguments too, and get copies
// in turn; where the copies' check fails so (a fluent method returning
// its receiver as a *Stack[T]), the type itself with its own type
// parameters names the copy in them.
//
// A generic type one of whose methods hands a value made of its type
// parameters to an interface (fmt.Sprint(s.items) of a []T field) is
// written out too, where an instance's type arguments or the values'
// types are made of the program's types (see
// refuse_genericcomposite.go): in the copies the lowerings of fmt and
// encoding/json see the types written out. So are the generic types among
// the type arguments of its instances (the Box of a Bag[Box[Color]], see
// addArgumentGenericTypes). Where that cannot be, the
// types of the file are written out as they would be without it, and
// the refusal of refuse_genericcomposite.go stands for the instances.
//
// So is a generic type one of whose methods converts a value to a type
// parameter the program gives a type that is not predeclared (PT(new(T))
// of a Pool[T any, PT interface{ *T }] with *Counter, T(len(s.xs)) with
// Celsius): the interpreter could not name the type there (see
// lower_paramname.go) and failed at run time ("index out of range").
//
// So is a generic type one of whose methods calls generic code with its
// type parameters where the interpreter cannot infer them (Zero[T]()),
// and that the program instantiates with a type of its own (Stack[Word]):
// the interpreter did not find main.Word by its name in the method.
// And one one of whose methods builds an instance of a generic type with
// its type parameters through the standard library's generic functions
// (slices.Collect(maps.Keys(r.m)), an iter.Seq[K]; or through a generic
// function of the file that does), instantiated with a type of the
// program's (Reg[ID]) or a slice, map or array type (Stack[[]int]): the
// interpreter's code generation ended in a nil dereference.
//
// An embedded field whose type is written out takes the copy's name
// (struct{ Pair[string, int] } has a field Pair__x...): the selectors and
// literal keys naming it are renamed with it, the code fmt and
// encoding/json are given reads it so, and reflection's StructField.Name
// gives Go's name (hostrt's FieldName). A type that shares no more than a
// method's name with the others written out and is embedded in a struct
// (Bus[T] in Audited[T], both with Emit) stays generic instead: the
// instances the interpreter names alike are then its own only.
//
// Left to the refusal of refuse_instancename.go: the prompt and :load
// (a later input may instantiate a type again, after its copies were
// compiled), and a program that instantiates such a type with type
// parameters of generic code other than the type's own methods and
// generic functions (a generic method of another type), or with
// arguments that cannot be written at the package's level (a type
// declared in a function).

// typeCopies is the pass's plan: the instances that name copies, by the
// offsets of their identifiers, and Go's names of the copies' types.
type typeCopies struct {
	uses      map[int]string
	instances map[string]string // "Stack[int]" -> its copy's name
	types     map[string]bool   // the generic types written out
	funcs     map[string]bool   // the generic functions written out
}

// copyTypes returns the plan p again, checked with the copies described
// above appended to its source, or p itself where it makes none.
func (fe *FrontEnd) copyTypes(p *Plan) (*Plan, error) {
	w := p.lowering
	info := w.info()
	if info == nil || w.mode != ModeScript || p.Seg.Kind != gosrc.SegFile {
		return p, nil
	}
	group := w.collidingGenericTypes()
	maps.Copy(group, w.cyclingGenericTypes())
	if extra := w.compositeGenericTypes(group); len(extra) > 0 {
		all := maps.Clone(group)
		maps.Copy(all, extra)
		w.addArgumentGenericTypes(all)
		if q, err := fe.copyTypesOf(p, all); err == nil && q != p {
			return q, nil
		}
		// Written out as before; the refusal of
		// refuse_genericcomposite.go stands for the others.
	}
	if len(group) == 0 {
		return p, nil
	}
	if all := maps.Clone(group); w.addArgumentGenericTypes(all) {
		if q, err := fe.copyTypesOf(p, all); err == nil && q != p {
			return q, nil
		}
	}
	return fe.copyTypesOf(p, group)
}

// cyclingGenericTypes returns the names of the file's generic types of
// the cycles refuse_gencycle.go describes (which the interpreter
// instantiates until its stack overflows), and of the generic types
// whose declarations or methods write an instance of one of them with
// type parameters (a Tree[K, V] of *node[K, V]): written out, the copies
// refer to one another without type parameters.
func (w *rewriter) cyclingGenericTypes() map[string]bool {
	_, trouble, _ := w.genericTypeCycles()
	out := map[string]bool{}
	for tn := range trouble {
		out[tn.Name()] = true
	}
	// A cycle through a struct held by value, one of whose types also
	// points to itself (a List[T] holding its root Elem[T], with next
	// *Elem[T] and list *List[T]): its copies would fail as such types
	// without type parameters do (see lower_buildorder.go), after the
	// program has begun; the refusal stands for it.
	byValue, self := map[string]bool{}, map[string]bool{}
	for tn := range trouble {
		if n, ok := tn.Type().(*types.Named); ok {
			if _, ok := n.Underlying().(*types.Struct); ok {
				fieldStructs(n, func(u *types.Named, value bool) {
					switch o := u.Origin().Obj(); {
					case o == tn:
						self[tn.Name()] = true
					case value && out[o.Name()]:
						byValue[tn.Name()] = true
					}
				})
			}
		}
	}
	for tn, others := range trouble {
		cycle := append([]string{tn.Name()}, others...)
		if slices.ContainsFunc(cycle, func(n string) bool { return byValue[n] }) && slices.ContainsFunc(cycle, func(n string) bool { return self[n] }) {
			for _, n := range cycle {
				delete(out, n)
			}
		}
	}
	if len(out) == 0 {
		return out
	}
	info := w.info()
	// writes reports whether n writes an instance of a type of out with
	// type parameters.
	writes := func(n ast.Node) bool {
		found := false
		ast.Inspect(n, func(n ast.Node) bool {
			id, ok := n.(*ast.Ident)
			if !ok || found {
				return !found
			}
			if inst, ok := info.Instances[id]; ok && out[id.Name] && slices.ContainsFunc(slices.Collect(inst.TypeArgs.Types()), hasTypeParam) {
				found = true
			}
			return true
		})
		return found
	}
	for added := true; added; {
		added = false
		for _, d := range w.file.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				if base := recvBase(d); base != "" && !out[base] && w.isGenericType(base) && writes(d) {
					out[base], added = true, true
				}
			case *ast.GenDecl:
				for _, s := range d.Specs {
					if ts, ok := s.(*ast.TypeSpec); ok && ts.TypeParams != nil && !out[ts.Name.Name] && writes(ts) {
						out[ts.Name.Name], added = true, true
					}
				}
			}
		}
	}
	return out
}

// addArgumentGenericTypes adds to group the file's generic types an
// instance of a type of group has among its type arguments (the Box of a
// Bag[Box[Color]]), and so on, and reports whether it added any: left
// generic, such a type's methods wrote
// the copies' names in the code fmt is given for its type parameters (the
// copy's alias of Box[Color] in Box's own String), and the interpreter
// failed on them at run time ("index out of range [1] with length 0").
func (w *rewriter) addArgumentGenericTypes(group map[string]bool) bool {
	info := w.info()
	before := len(group)
	for added := true; added; {
		added = false
		for id, inst := range info.Instances {
			obj, ok := info.Uses[id].(*types.TypeName)
			if !ok || !group[obj.Name()] || obj.Pkg() == nil || obj.Pkg().Path() != "main" || obj.Parent() != obj.Pkg().Scope() {
				continue
			}
			for arg := range inst.TypeArgs.Types() {
				walkWritten(arg, func(t types.Type) bool {
					n, ok := types.Unalias(t).(*types.Named)
					if !ok || n.TypeArgs().Len() == 0 {
						return true
					}
					o := n.Origin().Obj()
					if o.Pkg() != nil && o.Pkg().Path() == "main" && o.Parent() == o.Pkg().Scope() && !group[o.Name()] && w.isGenericType(o.Name()) {
						group[o.Name()], added = true, true
					}
					return true
				})
			}
		}
	}
	return len(group) > before
}

// compositeGenericTypes returns the names of the file's generic types,
// not in group, whose methods hand values made of their type parameters
// to interfaces (see refuse_genericcomposite.go), where the values'
// types or the type arguments of an instance are made of the program's
// types.
func (w *rewriter) compositeGenericTypes(group map[string]bool) map[string]bool {
	info := w.info()
	out := map[string]bool{}
	for name, use := range w.genericComposites() {
		if group[name] || !w.isGenericType(name) {
			continue
		}
		if slices.ContainsFunc(use.types, madeOfProgramTypes) {
			out[name] = true
			continue
		}
		for id, inst := range info.Instances {
			if obj, ok := info.Uses[id].(*types.TypeName); ok && obj.Name() == name && obj.Pkg() != nil && obj.Pkg().Path() == "main" && obj.Parent() == obj.Pkg().Scope() && slices.ContainsFunc(slices.Collect(inst.TypeArgs.Types()), madeOfProgramTypes) {
				out[name] = true
			}
		}
	}
	return out
}

// copyTypesOf is copyTypes for the generic types named in group.
func (fe *FrontEnd) copyTypesOf(p *Plan, group map[string]bool) (*Plan, error) {
	w := p.lowering
	type request struct {
		name, copy, goName string
		args               []string
		types              []types.Type
		isFunc             bool
	}
	var reqs []request
	byKey := map[string]string{}
	taken := map[string]bool{}
	if w.file.Scope != nil {
		for name := range w.file.Scope.Objects {
			taken[name] = true
		}
	}
	// scan adds the instances of q's group types not yet copied; it
	// reports false where an instance cannot be copied.
	funcs := map[string]bool{} // generic functions written out too
	var fails bool
	// enclosing sorts out an instance with type parameters at id: in a
	// group type's declaration or method, it is copied with them; in a
	// generic function, so is the function (it reports whether that is
	// new); elsewhere, nothing is copied.
	enclosing := func(qw *rewriter, id *ast.Ident) bool {
		switch name, kind := w.enclosingDecl(qw, id, group); kind {
		case declOfGroup:
		case declGenericFunc:
			if !funcs[name] {
				funcs[name] = true
				return true
			}
		default:
			fails = true
		}
		return false
	}
	// scan adds the instances of q's group types and functions not yet
	// copied; it reports false where an instance cannot be copied.
	scan := func(q *Plan) (added, ok bool) {
		qw := q.lowering
		qi := qw.info()
		for _, id := range slices.SortedFunc(maps.Keys(qi.Instances), func(a, b *ast.Ident) int { return int(a.Pos() - b.Pos()) }) {
			obj := qi.Uses[id]
			if obj == nil || obj.Pkg() == nil || obj.Pkg().Path() != "main" || obj.Parent() != obj.Pkg().Scope() {
				continue
			}
			_, isType := obj.(*types.TypeName)
			_, isFunc := obj.(*types.Func)
			if !(isType && group[obj.Name()] || isFunc && funcs[obj.Name()]) {
				continue
			}
			inst := qi.Instances[id]
			if slices.ContainsFunc(slices.Collect(inst.TypeArgs.Types()), hasTypeParam) {
				if enclosing(qw, id) {
					added = true
				}
				if fails {
					return false, false // generic code other than the type's methods
				}
				continue
			}
			inst = unaliasedInstance(inst)
			// Written without the aliases of lower_geninstance.go,
			// which the copies' check would not find: an instance
			// of a type of the group among them names its copy.
			args, argsOK := qw.typeArgTexts(inst, qw.file.Name.Pos())
			if !argsOK {
				return false, false
			}
			key := obj.Name() + "[" + strings.Join(args, ", ") + "]"
			if byKey[key] != "" {
				continue
			}
			goName := reflectString(inst.Type)
			if isFunc {
				goName = "main." + key
			}
			c := hostrt.CopyName(obj.Name(), goName)
			if taken[c] {
				return false, false
			}
			taken[c] = true
			byKey[key] = c
			reqs = append(reqs, request{obj.Name(), c, goName, args, slices.Collect(inst.TypeArgs.Types()), isFunc})
			added = true
		}
		return added, true
	}
	// sibling returns, for the copy r of a type, the copy of the group's
	// type named other with r's type arguments (see typeCopy), requested
	// here where it is new; or "" where there is none.
	sibling := func(r request) func(string) string {
		return func(other string) string {
			if !group[other] || !strings.HasPrefix(r.goName, "main."+r.name+"[") {
				return ""
			}
			key := other + "[" + strings.Join(r.args, ", ") + "]"
			if c := byKey[key]; c != "" {
				return c
			}
			goName := "main." + other + strings.TrimPrefix(r.goName, "main."+r.name)
			c := hostrt.CopyName(other, goName)
			if taken[c] {
				return ""
			}
			taken[c] = true
			byKey[key] = c
			reqs = append(reqs, request{other, c, goName, r.args, r.types, false})
			return c
		}
	}
	q := p
	own := false // the copies name themselves (see typeCopy)
	for round := 0; ; round++ {
		added, ok := scan(q)
		if !ok || round == 8 && added {
			return p, nil // the refusal stands
		}
		if !added {
			break
		}
		check := func(ownCopies bool) (*Plan, error) {
			var pieces []gosrc.Piece
			for i := 0; i < len(reqs); i++ { // sibling adds to reqs
				r := reqs[i]
				if !r.isFunc {
					pieces = append(pieces, w.typeCopy(r.name, r.copy, r.args, ownCopies, sibling(r))...)
					continue
				}
				for _, d := range w.file.Decls {
					if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv == nil && fd.Name.Name == r.name && fd.Type.TypeParams != nil && fd.Body != nil {
						pieces = append(pieces, w.specialCopy(fd, r.copy, r.args, r.types)...)
					}
				}
			}
			src := w.src.Extend(pieces)
			seg := p.Seg
			seg.To = len(src.Text)
			return fe.Check(src, seg, w.mode)
		}
		next, err := check(own)
		if !own && (err != nil || next == nil) {
			// The copies as the type's own instance where their methods
			// write it (see typeCopy): from this round on, where the
			// check fails without.
			if next2, err2 := check(true); err2 == nil && next2 != nil {
				next, err, own = next2, nil, true
			}
		}
		if e, ok := err.(*Error); ok && strings.Contains(e.Msg, "the interpreter") {
			// A refusal of the program with its copies (%T of an
			// interface that may hold two of them, say), said with
			// Go's names of the instances.
			msg := e.Msg
			for _, r := range reqs {
				msg = regexp.MustCompile(`\b`+r.copy+`\b`).ReplaceAllLiteralString(msg, strings.TrimPrefix(r.goName, "main."))
			}
			return nil, &Error{Pos: e.Pos, Msg: msg}
		}
		if err != nil || next == nil {
			return p, nil
		}
		q = next
	}
	if q == p {
		return p, nil
	}
	tc := &typeCopies{uses: map[int]string{}, instances: byKey, types: group, funcs: funcs}
	qw := q.lowering
	qi := qw.info()
	for id, inst := range qi.Instances {
		obj := qi.Uses[id]
		if obj == nil || obj.Pkg() == nil || obj.Pkg().Path() != "main" || obj.Parent() != obj.Pkg().Scope() || slices.ContainsFunc(slices.Collect(inst.TypeArgs.Types()), hasTypeParam) {
			continue
		}
		_, isType := obj.(*types.TypeName)
		_, isFunc := obj.(*types.Func)
		if !(isType && group[obj.Name()] || isFunc && funcs[obj.Name()]) {
			continue
		}
		if args, ok := qw.typeArgTexts(unaliasedInstance(inst), qw.file.Name.Pos()); ok {
			if c := byKey[obj.Name()+"["+strings.Join(args, ", ")+"]"]; c != "" {
				tc.uses[qw.offset(id.Pos())] = c
			}
		}
	}
	qw.copies = tc
	qw.renameEmbeddedFields()
	return q, nil
}

// renameEmbeddedFields adds to the copies' uses the selectors and
// literal keys naming an embedded field whose type is written as a copy
// (n.Pair of struct{ Pair[string, int] }, with Pair[string, int] written
// out): the field takes the copy's name, as the type written in its
// place gives it. (fmt names it as Go does: see embeddedCopyName.)
func (w *rewriter) renameEmbeddedFields() {
	fields := map[int]string{}
	for id, obj := range w.info().Uses {
		if v, ok := obj.(*types.Var); ok {
			if c := w.embeddedCopyName(v); c != "" {
				fields[w.offset(id.Pos())] = c
			}
		}
	}
	maps.Copy(w.copies.uses, fields)
}

// embeddedCopyName returns the name the field v has in the code the
// interpreter runs when it is an embedded field whose type is written as
// a copy (lower_typecopy.go), or "".
func (w *rewriter) embeddedCopyName(v *types.Var) string {
	tc := w.copies
	if tc == nil || !v.IsField() || !v.Embedded() {
		return ""
	}
	if v.Origin() == v {
		// Declared in code without type parameters: a copy's field, or
		// one of a type declared with the instance.
		return tc.uses[w.offset(v.Pos())]
	}
	// A field of an instance of a generic type written out: named as the
	// copy of its type, where that is written out too.
	if !tc.types[w.declaringType(v.Origin().Pos())] {
		return ""
	}
	t := types.Unalias(v.Type())
	if ptr, ok := t.(*types.Pointer); ok {
		t = types.Unalias(ptr.Elem())
	}
	named, ok := t.(*types.Named)
	if !ok || named.TypeArgs().Len() == 0 || !tc.types[named.Obj().Name()] || hasTypeParam(named) {
		return ""
	}
	inst := unaliasedInstance(types.Instance{TypeArgs: named.TypeArgs(), Type: named})
	args, ok := w.typeArgTexts(inst, w.file.Name.Pos())
	if !ok {
		return ""
	}
	return tc.instances[named.Obj().Name()+"["+strings.Join(args, ", ")+"]"]
}

// fieldSel returns the name of the field f in the code the interpreter
// runs: f's, or the copy's of its type (see embeddedCopyName).
func (w *rewriter) fieldSel(f *types.Var) string {
	if c := w.embeddedCopyName(f); c != "" {
		return c
	}
	return f.Name()
}

// renamesEmbedded reports whether a struct t is made of has an embedded
// field embeddedCopyName renames.
func (w *rewriter) renamesEmbedded(t types.Type) bool {
	if w.copies == nil {
		return false
	}
	return structReached(t, true, func(f *types.Var) bool { return w.embeddedCopyName(f) != "" }) != nil
}

// structReached returns a struct type that a value of type t holds
// (itself, or through pointers, slices, arrays, fields and, with maps,
// maps' keys and elements) with a field for which field holds, or nil.
func structReached(t types.Type, maps bool, field func(*types.Var) bool) types.Type {
	seen := map[types.Type]bool{}
	var walk func(t types.Type) types.Type
	walk = func(t types.Type) types.Type {
		if t == nil || seen[t] {
			return nil
		}
		seen[t] = true
		switch u := t.Underlying().(type) {
		case *types.Struct:
			for f := range u.Fields() {
				if field(f) {
					return t
				}
				if s := walk(f.Type()); s != nil {
					return s
				}
			}
		case *types.Pointer:
			return walk(u.Elem())
		case *types.Slice:
			return walk(u.Elem())
		case *types.Array:
			return walk(u.Elem())
		case *types.Map:
			if maps {
				if s := walk(u.Key()); s != nil {
					return s
				}
				return walk(u.Elem())
			}
		}
		return nil
	}
	return walk(t)
}

// declaringType returns the name of the package-level type whose
// declaration holds pos, or "".
func (w *rewriter) declaringType(pos token.Pos) string {
	for _, d := range w.file.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || pos < gd.Pos() || pos >= gd.End() {
			continue
		}
		for _, s := range gd.Specs {
			if ts, ok := s.(*ast.TypeSpec); ok && pos >= ts.Pos() && pos < ts.End() {
				return ts.Name.Name
			}
		}
	}
	return ""
}

// unaliasedInstance returns inst with its type arguments unaliased: a
// generic function written out for a type argument names it by an alias
// of its own (NewLRU__2_V = []string, see lower_specialise.go), and the
// instances it makes are the program's others of that argument
// (LRU[int, []string]), which other passes write so.
func unaliasedInstance(inst types.Instance) types.Instance {
	var args []types.Type
	changed := false
	for t := range inst.TypeArgs.Types() {
		u := types.Unalias(t)
		changed = changed || u != t
		args = append(args, u)
	}
	if !changed {
		return inst
	}
	named, ok := inst.Type.(*types.Named)
	if !ok {
		return inst
	}
	t, err := types.Instantiate(nil, named.Origin(), args, false)
	if err != nil {
		return inst
	}
	return types.Instance{TypeArgs: t.(*types.Named).TypeArgs(), Type: t}
}

// unaliasedInstances returns t with the instances it is made of
// unaliased as unaliasedInstance does (Pair[float64, MakePair__1_B] of a
// function written out for its type arguments, where MakePair__1_B =
// []string, is Pair[float64, []string], the key of its copy).
func unaliasedInstances(t types.Type) types.Type {
	switch u := t.(type) {
	case *types.Named:
		if u.TypeArgs().Len() == 0 {
			return t
		}
		inst := unaliasedInstance(types.Instance{TypeArgs: u.TypeArgs(), Type: u})
		return inst.Type
	case *types.Pointer:
		if e := unaliasedInstances(u.Elem()); e != u.Elem() {
			return types.NewPointer(e)
		}
	case *types.Slice:
		if e := unaliasedInstances(u.Elem()); e != u.Elem() {
			return types.NewSlice(e)
		}
	case *types.Array:
		if e := unaliasedInstances(u.Elem()); e != u.Elem() {
			return types.NewArray(e, u.Len())
		}
	case *types.Map:
		if k, e := unaliasedInstances(u.Key()), unaliasedInstances(u.Elem()); k != u.Key() || e != u.Elem() {
			return types.NewMap(k, e)
		}
	case *types.Chan:
		if e := unaliasedInstances(u.Elem()); e != u.Elem() {
			return types.NewChan(u.Dir(), e)
		}
	}
	return t
}

// collidingGenericTypes returns the names of the file's generic types
// with a method named as a method of another generic type of the file,
// a generic function or a generic type.
func (w *rewriter) collidingGenericTypes() map[string]bool {
	methods := map[string][]string{} // by type
	generic := map[string]bool{}     // generic functions' and types' names
	genericFuncs := map[string]*ast.FuncDecl{}
	for _, d := range w.file.Decls {
		switch d := d.(type) {
		case *ast.FuncDecl:
			if d.Recv == nil {
				if d.Type.TypeParams != nil {
					generic[d.Name.Name] = true
					genericFuncs[d.Name.Name] = d
				}
				continue
			}
			if base := recvBase(d); base != "" {
				methods[base] = append(methods[base], d.Name.Name)
			}
		case *ast.GenDecl:
			for _, s := range d.Specs {
				if ts, ok := s.(*ast.TypeSpec); ok && ts.TypeParams != nil {
					generic[ts.Name.Name] = true
				}
			}
		}
	}
	group := map[string]bool{}
	// A method of a generic type that calls a generic function of the
	// file that instantiates the type (Clone calling NewSet[T]): the
	// interpreter failed on it (a CFG post-order panic, the instance
	// being built), not on the copies.
	for _, d := range w.file.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Body == nil {
			continue
		}
		base := recvBase(fd)
		if base == "" || !generic[base] {
			continue
		}
		if convertsToParam(w.info(), fd.Body, func(tp *types.TypeParam) bool { return w.unnamedParamArg(tp) != nil }) {
			// A conversion to a type parameter the program gives a
			// type not predeclared (PT(new(T)) of a Pool[T any,
			// PT interface{ *T }] instantiated with *int, T(n) with
			// Celsius): the interpreter could not name it there (see
			// lower_paramname.go) and failed at run time ("index out of
			// range"); in the copies it is written.
			group[base] = true
		}
		ast.Inspect(fd.Body, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			f := ast.Unparen(call.Fun)
			switch x := f.(type) {
			case *ast.IndexExpr:
				f = x.X
			case *ast.IndexListExpr:
				f = x.X
			}
			if id, ok := f.(*ast.Ident); ok && genericFuncs[id.Name] != nil && mentionsName(genericFuncs[id.Name], base) {
				group[base] = true
			}
			if id, ok := f.(*ast.Ident); ok && genericFuncs[id.Name] != nil && w.uninferredWithProgramType(id, call, base) {
				group[base] = true
			}
			// slices.Collect(maps.Keys(r.m)) in a method of Reg[K],
			// instantiated Reg[ID], or a call of a generic function that
			// makes such instances (keys(r.m)): the interpreter's code
			// generation ended in a nil dereference, as for a generic
			// function (see lower_specialise.go's buildsInstances).
			if sel, ok := f.(*ast.SelectorExpr); ok && w.preludeWithParams(sel.Sel) && w.instantiatedWith(base, madeOfProgramOrComposite) {
				group[base] = true
			}
			if id, ok := f.(*ast.Ident); ok && genericFuncs[id.Name] != nil && w.buildsInstances(genericFuncs[id.Name]) && w.instantiatedWith(base, madeOfProgramOrComposite) {
				group[base] = true
			}
			return true
		})
	}
	// A method of a generic type that mentions an instance of the type
	// with other type arguments than its own parameters in their order
	// (func (p Pair[A, B]) Swap() Pair[B, A]): the interpreter built the
	// type's instances made by a generic function wrong ("reflect: call of
	// reflect.Value.Field on string Value"), not the copies. Or one that
	// mentions an instance of another of several type parameters.
	info := w.info()
	for _, d := range w.file.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok {
			continue
		}
		base := recvBase(fd)
		if base == "" || !generic[base] || group[base] {
			continue
		}
		ast.Inspect(fd, func(n ast.Node) bool {
			id, ok := n.(*ast.Ident)
			if !ok || group[base] {
				return !group[base]
			}
			inst, ok := info.Instances[id]
			if !ok {
				return true
			}
			n2, ok := types.Unalias(inst.Type).(*types.Named)
			if !ok {
				return true
			}
			if n2.Origin().Obj().Name() != base {
				// An instance of another generic type of several type
				// parameters written with the method's (entry[K, V] in
				// a method of LRU[K, V]): the interpreter failed to
				// compile the method (a CFG post-order panic).
				if n2.TypeArgs().Len() >= 2 && hasTypeParam(n2) && n2.Obj().Pkg() != nil && n2.Obj().Pkg().Path() == "main" {
					group[base] = true
				}
				return true
			}
			tparams := n2.Origin().TypeParams()
			for i := range inst.TypeArgs.Len() {
				tp, ok := types.Unalias(inst.TypeArgs.At(i)).(*types.TypeParam)
				if !ok || i >= tparams.Len() || tp.Obj().Name() != recvParamName(fd, i) {
					group[base] = true
				}
			}
			return true
		})
	}
	must := maps.Clone(group)         // written out whatever the others are
	partners := map[string][]string{} // the types only a method's name groups with
	for t, ms := range methods {
		if !generic[t] {
			continue
		}
		for _, m := range ms {
			if generic[m] {
				group[t] = true
				must[t] = true
			}
			for u, others := range methods {
				if u != t && generic[u] && slices.Contains(others, m) && w.mayShareTypeArgs(t, u) {
					group[t] = true
					partners[t] = append(partners[t], u)
				}
			}
		}
	}
	// A type embedded in a struct (Bus[T] in Audited[T], both with a
	// method Emit) is left generic where each type it shares a method's
	// name with is written out: the copy would name the field after
	// itself (a.Bus would be a.Bus__x...), and the instances the
	// interpreter names alike are then only its own.
	embedded := w.embeddedGenericTypes()
	for _, t := range slices.Sorted(maps.Keys(partners)) {
		if must[t] || !embedded[t] {
			continue
		}
		if !slices.ContainsFunc(partners[t], func(u string) bool { return !group[u] }) {
			delete(group, t)
		}
	}
	return group
}

// uninferredWithProgramType reports whether the call of the generic
// function id in a method of the generic type base passes the method's
// type parameters where the interpreter cannot infer them (Zero[T]()),
// while the program instantiates base with a type of its own
// (Stack[Word]): the interpreter did not find main.Word by its name there
// and failed ("undefined type for T"); in the copies the argument is
// named at the package's level.
func (w *rewriter) uninferredWithProgramType(id *ast.Ident, call *ast.CallExpr, base string) bool {
	info := w.info()
	fn, ok := info.Uses[id].(*types.Func)
	inst, generic := info.Instances[id]
	if !ok || !generic || !hasTypeParam(inst.Type) || w.inferredByInterpreter(fn, inst, call) {
		return false
	}
	return w.instantiatedWithProgramType(base)
}

// instantiatedWithProgramType reports whether the program instantiates
// the generic type base of the file with a type argument made of its own
// types.
func (w *rewriter) instantiatedWithProgramType(base string) bool {
	return w.instantiatedWith(base, madeOfProgramTypes)
}

// instantiatedWith reports whether the program instantiates the generic
// type base of the file with a type argument arg reports true for.
func (w *rewriter) instantiatedWith(base string, arg func(types.Type) bool) bool {
	info := w.info()
	for i, inst := range info.Instances {
		if obj, ok := info.Uses[i].(*types.TypeName); ok && obj.Name() == base && obj.Pkg() != nil && obj.Pkg().Path() == "main" && obj.Parent() == obj.Pkg().Scope() && slices.ContainsFunc(slices.Collect(inst.TypeArgs.Types()), arg) {
			return true
		}
	}
	return false
}

// madeOfProgramOrComposite reports whether t is made of the program's
// types, or is a slice, map or array type (Stack[[]int] collecting an
// iter.Seq[[]int] failed as Reg[ID] did).
func madeOfProgramOrComposite(t types.Type) bool {
	switch types.Unalias(t).Underlying().(type) {
	case *types.Slice, *types.Map, *types.Array:
		return true
	}
	return madeOfProgramTypes(t)
}

// preludeWithParams reports whether id names a generic function of the
// prelude's stand-ins of the standard library's whose instance, with type
// arguments made of type parameters, takes or returns an instance of a
// generic type (maps.Keys's iter.Seq[K], slices.Collect's): the
// interpreter builds that instance in the method. (cmp.Compare[K] it
// runs.)
func (w *rewriter) preludeWithParams(id *ast.Ident) bool {
	info := w.info()
	fn, ok := info.Uses[id].(*types.Func)
	inst, generic := info.Instances[id]
	if !ok || !generic || fn.Pkg() == nil || fn.Signature().Recv() != nil || preludeName(fn.Pkg(), fn.Name()) == "" {
		return false
	}
	found := false
	walkType(inst.Type, func(t types.Type) bool {
		if n, ok := t.(*types.Named); ok && n.TypeArgs().Len() > 0 && hasTypeParam(n) {
			found = true
		}
		return !found
	})
	return found
}

// embeddedGenericTypes returns the names of the file's generic types an
// instance of which a struct type of the file embeds.
func (w *rewriter) embeddedGenericTypes() map[string]bool {
	out := map[string]bool{}
	ast.Inspect(w.file, func(n ast.Node) bool {
		st, ok := n.(*ast.StructType)
		if !ok {
			return true
		}
		for _, f := range st.Fields.List {
			if len(f.Names) > 0 {
				continue
			}
			x := f.Type
			if star, ok := x.(*ast.StarExpr); ok {
				x = star.X
			}
			switch e := x.(type) {
			case *ast.IndexExpr:
				x = e.X
			case *ast.IndexListExpr:
				x = e.X
			default:
				continue
			}
			if id, ok := x.(*ast.Ident); ok {
				out[id.Name] = true
			}
		}
		return true
	})
	return out
}

// mayShareTypeArgs reports whether the generic types named t and u of
// the file may be instantiated with the same type arguments, as their
// methods' instances are then named alike: not where the constraints of
// a type parameter of each are unions of types with no type in common
// (~float64 | ~int and ~complex128). Types of different numbers of type
// parameters are written out as the others. The generic code other passes
// write out per instantiation (lower_specialise.go) then runs as the
// interpreter takes it.
func (w *rewriter) mayShareTypeArgs(t, u string) bool {
	named := func(name string) *types.Named {
		obj := w.plan.Checked.pkg.Scope().Lookup(name)
		if obj == nil {
			return nil
		}
		n, _ := types.Unalias(obj.Type()).(*types.Named)
		return n
	}
	nt, nu := named(t), named(u)
	if nt == nil || nu == nil {
		return true
	}
	for i := range min(nt.TypeParams().Len(), nu.TypeParams().Len()) {
		a, aok := unionTerms(nt.TypeParams().At(i).Constraint())
		b, bok := unionTerms(nu.TypeParams().At(i).Constraint())
		if aok && bok && !slices.ContainsFunc(a, func(x types.Type) bool {
			return slices.ContainsFunc(b, func(y types.Type) bool { return types.Identical(x, y) })
		}) {
			return false
		}
	}
	return true
}

// unionTerms returns the underlying types of the terms of a constraint
// that is one union of types (with methods or not), or false where it
// allows other types or intersects several.
func unionTerms(constraint types.Type) ([]types.Type, bool) {
	iface, ok := constraint.Underlying().(*types.Interface)
	if !ok || iface.NumEmbeddeds() != 1 {
		return nil, false
	}
	switch e := iface.EmbeddedType(0).(type) {
	case *types.Union:
		var out []types.Type
		for term := range e.Terms() {
			out = append(out, term.Type().Underlying())
		}
		return out, true
	default:
		if _, isIface := e.Underlying().(*types.Interface); isIface {
			return unionTerms(e)
		}
		return []types.Type{e.Underlying()}, true
	}
}

// mentionsName reports whether the identifier name occurs in n.
func mentionsName(n ast.Node, name string) bool {
	found := false
	ast.Inspect(n, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && id.Name == name {
			found = true
		}
		return !found
	})
	return found
}

// recvParamName returns the name the receiver of fd, a method of a
// generic type, gives its type parameter i ("" where it has none).
func recvParamName(fd *ast.FuncDecl, i int) string {
	t := ast.Unparen(fd.Recv.List[0].Type)
	if s, ok := t.(*ast.StarExpr); ok {
		t = ast.Unparen(s.X)
	}
	_, indices := unpackIndex(t)
	if i >= len(indices) {
		return ""
	}
	if id, ok := indices[i].(*ast.Ident); ok {
		return id.Name
	}
	return ""
}

// recvBase returns the name of the generic type a method's receiver
// instantiates (Stack of *Stack[T]), or "".
func recvBase(fd *ast.FuncDecl) string {
	if fd.Recv == nil || len(fd.Recv.List) != 1 {
		return ""
	}
	t := ast.Unparen(fd.Recv.List[0].Type)
	if s, ok := t.(*ast.StarExpr); ok {
		t = ast.Unparen(s.X)
	}
	var x ast.Expr
	switch t := t.(type) {
	case *ast.IndexExpr:
		x = t.X
	case *ast.IndexListExpr:
		x = t.X
	}
	if id, ok := x.(*ast.Ident); ok {
		return id.Name
	}
	return ""
}

// The declarations enclosing an instance (see enclosingDecl).
const (
	declOther       = iota
	declOfGroup     // a copied type's declaration or method
	declGenericFunc // a generic function, not a method
)

// enclosingDecl returns the package-level declaration of q's file id is
// in, by its name and kind.
func (w *rewriter) enclosingDecl(q *rewriter, id *ast.Ident, group map[string]bool) (string, int) {
	for _, d := range q.file.Decls {
		if id.Pos() < d.Pos() || id.Pos() >= d.End() {
			continue
		}
		switch d := d.(type) {
		case *ast.FuncDecl:
			if d.Recv != nil {
				if group[recvBase(d)] {
					return recvBase(d), declOfGroup
				}
				return "", declOther
			}
			if d.Type.TypeParams != nil && d.Body != nil {
				return d.Name.Name, declGenericFunc
			}
		case *ast.GenDecl:
			for _, s := range d.Specs {
				if ts, ok := s.(*ast.TypeSpec); ok && id.Pos() >= ts.Pos() && id.Pos() < ts.End() && group[ts.Name.Name] && ts.TypeParams != nil {
					return ts.Name.Name, declOfGroup
				}
			}
		}
	}
	return "", declOther
}

// typeCopy returns the text of the copy named cp of the generic type name
// for the type arguments args: the type, then its methods, each type
// parameter naming its argument (or an alias of it). With ownCopy, the
// type itself with its own type parameters names the copy (a method
// returning its receiver as *Stack[T]); without, it is an instance that
// gets the copy's name after the check, which a method handing on a
// value of a generic constructor's (return NewSet(...)) needs. With
// ownCopy, sibling names (and requests) the copy of another type of the
// group instantiated with the same type parameters (see own).
func (w *rewriter) typeCopy(name, cp string, args []string, ownCopy bool, sibling func(string) string) []gosrc.Piece {
	info := w.info()
	head := "\n\n"
	var pieces []gosrc.Piece
	// bind maps the type parameters declared by the identifiers of list
	// to the arguments.
	aliases := map[string]bool{}
	bind := func(list []*ast.Ident) map[types.Object]string {
		params := map[types.Object]string{}
		for i, id := range list {
			if i >= len(args) || id.Name == "_" {
				continue
			}
			if typeName.MatchString(args[i]) {
				params[info.Defs[id]] = args[i]
				continue
			}
			alias := fmt.Sprintf("%s_%d", cp, i+1)
			params[info.Defs[id]] = alias
			if !aliases[alias] {
				aliases[alias] = true
				head += "type " + alias + " = " + args[i] + "\n"
			}
		}
		return params
	}
	// own returns the copy that names e where e is a type of the group
	// instantiated with the type parameters list declares, in their
	// order: the type itself (*Stack[T] of a method of Stack[T] returning
	// its receiver), whose copy the check of the copies takes for it (it
	// took Stack__x...'s s for another type than the *Stack[int] it
	// returned, and the copies were dropped); or another type of the
	// group, sibling's copy of it with the same arguments (the *List[T]
	// of an Elem[T] whose List[T] holds Elem[T]s, which the check took
	// for another type than List's copy).
	own := func(e ast.Expr, list []*ast.Ident) string {
		x, indices := unpackIndex(e)
		tn, ok := info.Uses[identOf(x)].(*types.TypeName)
		if !ok || tn.Pkg() == nil || tn.Pkg().Path() != "main" || tn.Parent() != tn.Pkg().Scope() || len(indices) != len(list) {
			return ""
		}
		for i, ix := range indices {
			id, ok := ix.(*ast.Ident)
			if !ok || info.Uses[id] == nil || info.Uses[id] != info.Defs[list[i]] {
				return ""
			}
		}
		if tn.Name() == name {
			return cp
		}
		if sibling != nil {
			return sibling(tn.Name())
		}
		return ""
	}
	// text returns pieces of the source from at to end with the type
	// parameters' identifiers replaced, and the type's own instance (see
	// own) by the copy.
	text := func(n ast.Node, at, end int, params map[types.Object]string, list []*ast.Ident) []gosrc.Piece {
		var out []gosrc.Piece
		ast.Inspect(n, func(n ast.Node) bool {
			if e, ok := n.(ast.Expr); ok && ownCopy && w.offset(e.Pos()) >= at && w.offset(e.End()) <= end {
				if c := own(e, list); c != "" {
					out = append(out,
						gosrc.Piece{Text: w.src.Text[at:w.offset(e.Pos())], Orig: at},
						gosrc.Piece{Text: c, Orig: w.offset(e.Pos()), Fixed: true})
					at = w.offset(e.End())
					return false
				}
			}
			id, ok := n.(*ast.Ident)
			if !ok || w.offset(id.Pos()) < at || w.offset(id.End()) > end {
				return true
			}
			if t, ok := params[info.Uses[id]]; ok {
				out = append(out,
					gosrc.Piece{Text: w.src.Text[at:w.offset(id.Pos())], Orig: at},
					gosrc.Piece{Text: t, Orig: w.offset(id.Pos()), Fixed: true})
				at = w.offset(id.End())
			}
			return true
		})
		return append(out, gosrc.Piece{Text: w.src.Text[at:end], Orig: at})
	}
	for _, d := range w.file.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok {
			continue
		}
		for _, s := range gd.Specs {
			ts, ok := s.(*ast.TypeSpec)
			if !ok || ts.Name.Name != name || ts.TypeParams == nil {
				continue
			}
			var list []*ast.Ident
			for _, f := range ts.TypeParams.List {
				list = append(list, f.Names...)
			}
			params := bind(list)
			pieces = append(pieces, gosrc.Piece{Text: "\n\ntype " + cp + " ", Orig: w.offset(ts.Pos()), Fixed: true})
			pieces = append(pieces, text(ts.Type, w.offset(ts.Type.Pos()), w.offset(ts.Type.End()), params, list)...)
		}
	}
	for _, d := range w.file.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || recvBase(fd) != name || fd.Body == nil {
			continue
		}
		field := fd.Recv.List[0]
		t := ast.Unparen(field.Type)
		star := ""
		if s, ok := t.(*ast.StarExpr); ok {
			t, star = ast.Unparen(s.X), "*"
		}
		var list []*ast.Ident
		switch t := t.(type) {
		case *ast.IndexExpr:
			if id, ok := t.Index.(*ast.Ident); ok {
				list = append(list, id)
			}
		case *ast.IndexListExpr:
			for _, e := range t.Indices {
				id, _ := e.(*ast.Ident)
				list = append(list, id)
			}
		}
		if slices.Contains(list, nil) {
			continue
		}
		params := bind(list)
		recv := ""
		if len(field.Names) > 0 {
			recv = field.Names[0].Name + " "
		}
		pieces = append(pieces, gosrc.Piece{Text: "\n\nfunc (" + recv + star + cp + ") " + fd.Name.Name, Orig: w.offset(fd.Pos()), Fixed: true})
		pieces = append(pieces, text(fd, w.offset(fd.Type.Params.Pos()), w.offset(fd.End()), params, list)...)
	}
	if head != "\n\n" && len(pieces) > 0 {
		pieces = append([]gosrc.Piece{{Text: head, Orig: pieces[0].Orig, Fixed: true}}, pieces...)
	}
	return pieces
}

// lowerTypeCopies makes the instances of the copied generic types name
// their copies: Stack[int] -> Stack__1.
func (w *rewriter) lowerTypeCopies(in *inspector.Inspector) {
	if w.copies == nil {
		return
	}
	// After the insertions other passes make at its start (a
	// conversion's opening), which would otherwise be dropped.
	w.renameInstances(in, w.copies.uses, 50)
}

// renameInstances replaces the identifiers at the offsets of names, with
// their type arguments where they are written (f[int], Stack[K, V]), by
// the names given: the copies written out for those instances.
func (w *rewriter) renameInstances(in *inspector.Inspector, names map[int]string, prio int) {
	in.WithStack([]ast.Node{(*ast.Ident)(nil)}, func(n ast.Node, push bool, stack []ast.Node) bool {
		id := n.(*ast.Ident)
		name := names[w.offset(id.Pos())]
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
		w.add(w.offset(e.Pos()), w.offset(e.End()), name, prio)
		return true
	})
}

// copied reports whether id, an instance of a generic type, names a copy.
func (w *rewriter) copied(id *ast.Ident) bool {
	return w.copies != nil && w.copies.uses[w.offset(id.Pos())] != ""
}

// inWrittenOut reports whether n is in the declaration of a method of a
// generic type written out, or of a generic function written out with
// them: only their copies run.
func (w *rewriter) inWrittenOut(n ast.Node) bool {
	if w.copies == nil {
		return false
	}
	for _, d := range w.file.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || n.Pos() < fd.Pos() || n.End() > fd.End() {
			continue
		}
		if fd.Recv != nil {
			return w.copies.types[recvBase(fd)]
		}
		return fd.Type.TypeParams != nil && w.copies.funcs[fd.Name.Name]
	}
	return false
}

// instanceIdent returns the identifier x, an instance (Stack[int]),
// instantiates.
func instanceIdent(x ast.Expr) (*ast.Ident, bool) {
	switch x := x.(type) {
	case *ast.IndexExpr:
		id, ok := x.X.(*ast.Ident)
		return id, ok
	case *ast.IndexListExpr:
		id, ok := x.X.(*ast.Ident)
		return id, ok
	}
	return nil, false
}

// copyNames returns s, a type written as source, with the instances of
// the copied types written as their copies' names (the code other
// lowerings write names the copies too).
func (w *rewriter) copyNames(s string) string {
	if w.copies == nil || !strings.Contains(s, "[") {
		return s
	}
	keys := slices.SortedFunc(maps.Keys(w.copies.instances), func(a, b string) int { return len(b) - len(a) })
	for _, k := range keys {
		for i := 0; ; {
			j := strings.Index(s[i:], k)
			if j < 0 {
				break
			}
			j += i
			if j > 0 && (isIdentByte(s[j-1]) || s[j-1] == '.') {
				i = j + len(k)
				continue
			}
			s = s[:j] + w.copies.instances[k] + s[j+len(k):]
			i = j + len(w.copies.instances[k])
		}
	}
	return s
}

func isIdentByte(c byte) bool {
	return c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80
}
