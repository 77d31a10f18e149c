package frontend

import (
	"fmt"
	"go/ast"
	"go/types"
	"slices"
	"strings"
)

// Generic instances the interpreter names alike.
//
// yaegi v0.16.1 keeps the instances of the program's generic functions,
// types and methods in one table, keyed by the declaration's bare name and
// the type arguments: a generic function g0 instantiated with int and
// the method g0 of an instance s[int] are both g0[int], as are the
// methods Push of Stack[int] and Queue[int]. The second to be instantiated
// is the first one: a call of g0[int](7) was refused ("too many
// arguments"), and q.Push(2) of a *Queue[int] ran Stack's Push, which
// panicked, or, had the two types the same fields, silently did what
// Stack's method does. There is no spelling of the program the table
// tells apart (methods keep their names, for the interfaces they
// satisfy), so in a script the types are written out per instance
// (lower_typecopy.go); where they are not (the prompt, a :load, a type
// instantiated by generic code other than the generic functions the
// pass copies), the second instance is refused where the program
// instantiates it, naming both, with the way around: rename one.
//
// The instances of the session's earlier inputs count (the interpreter's
// table is the session's). Instances whose type arguments are type
// parameters of the enclosing generic code are made when that code is
// instantiated: New(point{1, 2}), New[T] making Outer[T] and inner[T],
// makes Outer[point] and inner[point], whose Describe methods the
// interpreter took for each other. They are followed from each instance
// the program writes, through what each generic declaration makes with its
// type parameters (madeTemplates, kept for the session), and refused where
// that instance is, naming the maker; instances whose type arguments are
// made of type parameters otherwise (Pair[K, []V]) are not followed.

// instanceKey is the interpreter's name of an instance, and what it
// instantiates ("function g0", "method Push of Stack").
type instanceKey struct{ key, what string }

// refuseInstanceNames returns the error for the segment's first instance
// that the interpreter would take for another, and records the segment's
// instances (see Record).
func (w *rewriter) refuseInstanceNames() error {
	info := w.info()
	ids := make([]*ast.Ident, 0, len(info.Instances))
	for id := range info.Instances {
		ids = append(ids, id)
	}
	slices.SortFunc(ids, func(a, b *ast.Ident) int { return int(a.Pos() - b.Pos()) })
	if w.plan.instanceNames == nil {
		w.plan.instanceNames = map[string]string{}
	}
	w.plan.madeTemplates = w.madeTemplates()
	// The types a declaration is written without (type Ints List[int]
	// is written type Ints []int: lower_compiledbase.go).
	var unwritten []ast.Node
	ast.Inspect(w.file, func(n ast.Node) bool {
		if ts, ok := n.(*ast.TypeSpec); ok {
			if _, ok := w.compiledBase(ts); ok {
				unwritten = append(unwritten, ts.Type)
			}
		}
		return true
	})
	for _, id := range ids {
		if w.copied(id) {
			continue // written out (lower_typecopy.go)
		}
		if slices.ContainsFunc(unwritten, func(n ast.Node) bool { return n.Pos() <= id.Pos() && id.End() <= n.End() }) {
			continue
		}
		inst := info.Instances[id]
		args := slices.Collect(inst.TypeArgs.Types())
		if slices.ContainsFunc(args, hasTypeParam) {
			continue
		}
		// The instance, and those its code makes with its type
		// arguments (New[point] making Outer[point] and inner[point]):
		// the interpreter makes them too, where the type check shows
		// no instance.
		self, ok := genericOf(info.Uses[id])
		if !ok {
			continue
		}
		texts := make([]string, len(args))
		for i, t := range args {
			texts[i] = types.TypeString(t, func(p *types.Package) string { return p.Name() })
		}
		made := []madeInstance{{self, texts, ""}}
		made = append(made, w.madeBy(self.name, texts, map[string]bool{}, 0)...)
		for _, m := range made {
			if err := w.checkInstanceName(id, m); err != nil {
				return err
			}
		}
	}
	return nil
}

// A generic declaration of the program's, as the interpreter names its
// instances: its kind ("function", "type"), name, and a type's methods.
type genericDecl struct {
	kind, name string
	methods    []string
}

// genericOf returns obj's genericDecl, if obj is a generic function or
// type of the program's.
func genericOf(obj types.Object) (genericDecl, bool) {
	if obj == nil || obj.Pkg() == nil || obj.Pkg().Path() != "main" {
		return genericDecl{}, false
	}
	switch o := obj.(type) {
	case *types.Func:
		if sig, ok := o.Type().(*types.Signature); ok && sig.TypeParams().Len() > 0 && sig.Recv() == nil {
			return genericDecl{"function", o.Name(), nil}, true
		}
	case *types.TypeName:
		if n, ok := o.Type().(*types.Named); ok && n.TypeParams().Len() > 0 {
			d := genericDecl{"type", o.Name(), nil}
			for m := range n.Origin().Methods() {
				d.methods = append(d.methods, m.Name())
			}
			return d, true
		}
	}
	return genericDecl{}, false
}

// A madeTemplate is an instance a generic declaration's code makes with
// its type parameters: what it instantiates, and each type argument, the
// declaration's type parameter of an index or (param < 0) a type's text.
type madeTemplate struct {
	inner genericDecl
	args  []templateArg
}

type templateArg struct {
	param int
	text  string
}

// madeInstance is an instance of generic code of the program's, with its
// type arguments' texts, and, for one the program does not write itself,
// the generic code that makes it.
type madeInstance struct {
	decl genericDecl
	args []string
	by   string
}

// madeTemplates returns the instances the generic declarations of the
// segment make with their type parameters (those of a declaration, of a
// type's methods too, by the declaration's name). An instance with type
// arguments made of type parameters otherwise is left out.
func (w *rewriter) madeTemplates() map[string][]madeTemplate {
	info := w.info()
	out := map[string][]madeTemplate{}
	collect := func(name string, node ast.Node, params *types.TypeParamList) {
		if _, ok := out[name]; !ok {
			out[name] = nil // declared here: the session's earlier one no longer counts
		}
		index := map[*types.TypeParam]int{}
		for i := range params.Len() {
			index[params.At(i)] = i
		}
		ast.Inspect(node, func(x ast.Node) bool {
			id, ok := x.(*ast.Ident)
			if !ok {
				return true
			}
			inst, ok := info.Instances[id]
			if !ok {
				return true
			}
			inner, ok := genericOf(info.Uses[id])
			if !ok {
				return true
			}
			tm := madeTemplate{inner: inner}
			for t := range inst.TypeArgs.Types() {
				if tp, ok := t.(*types.TypeParam); ok {
					if i, ok := index[tp]; ok {
						tm.args = append(tm.args, templateArg{param: i})
						continue
					}
				}
				if hasTypeParam(t) {
					return true // made of type parameters: not followed
				}
				tm.args = append(tm.args, templateArg{param: -1, text: types.TypeString(t, func(p *types.Package) string { return p.Name() })})
			}
			out[name] = append(out[name], tm)
			return true
		})
	}
	for _, d := range w.file.Decls {
		switch d := d.(type) {
		case *ast.FuncDecl:
			obj, _ := info.Defs[d.Name].(*types.Func)
			if obj == nil {
				continue
			}
			sig := obj.Type().(*types.Signature)
			if d.Recv == nil && sig.TypeParams().Len() > 0 {
				collect(obj.Name(), d, sig.TypeParams())
			}
			if d.Recv != nil && sig.RecvTypeParams().Len() > 0 {
				if recv := sigRecvNamed(sig); recv != nil {
					collect(recv.Obj().Name(), d, sig.RecvTypeParams())
				}
			}
		case *ast.GenDecl:
			for _, spec := range d.Specs {
				if ts, ok := spec.(*ast.TypeSpec); ok {
					if obj, ok := info.Defs[ts.Name].(*types.TypeName); ok {
						if n, ok := obj.Type().(*types.Named); ok && n.TypeParams().Len() > 0 {
							collect(obj.Name(), ts.Type, n.TypeParams())
						}
					}
				}
			}
		}
	}
	return out
}

// sigRecvNamed returns the named type of a method signature's receiver.
func sigRecvNamed(sig *types.Signature) *types.Named {
	t := sig.Recv().Type()
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, _ := types.Unalias(t).(*types.Named)
	return n
}

// madeBy returns the instances that instantiating the generic declaration
// name with args makes in turn, and theirs (from the segment's
// declarations, or the session's: see madeTemplates).
func (w *rewriter) madeBy(name string, args []string, seen map[string]bool, depth int) []madeInstance {
	key := name + "[" + strings.Join(args, ",") + "]"
	if depth > 4 || seen[key] {
		return nil
	}
	seen[key] = true
	tms, ok := w.plan.madeTemplates[name]
	if !ok {
		tms = w.fe.madeTemplates[name]
	}
	var out []madeInstance
	for _, tm := range tms {
		var mapped []string
		for _, a := range tm.args {
			if a.param < 0 {
				mapped = append(mapped, a.text)
			} else if a.param < len(args) {
				mapped = append(mapped, args[a.param])
			}
		}
		if len(mapped) != len(tm.args) || tm.inner.name == name {
			continue
		}
		inner := tm.inner
		if c := w.plan.Checked; c != nil && c.pkg != nil {
			// The declaration as the session has it now (methods
			// declared since).
			if d, ok := genericOf(c.pkg.Scope().Lookup(inner.name)); ok {
				inner = d
			}
		}
		out = append(out, madeInstance{inner, mapped, name})
		out = append(out, w.madeBy(inner.name, mapped, seen, depth+1)...)
	}
	return out
}

// checkInstanceName returns the error for the instance m, made where id
// is, if the interpreter would take it for another of the segment's or the
// session's, and records its names.
func (w *rewriter) checkInstanceName(id *ast.Ident, m madeInstance) error {
	suffix := "[" + strings.Join(m.args, ",") + "]"
	keys := []instanceKey{{m.decl.name + suffix, m.decl.kind + " " + m.decl.name}}
	for _, meth := range m.decl.methods {
		keys = append(keys, instanceKey{meth + suffix, "method " + meth + " of " + m.decl.name})
	}
	name := id.Name + suffix
	if m.by != "" {
		name = fmt.Sprintf("%s%s (made by %s)", m.decl.name, suffix, id.Name)
	}
	for _, k := range keys {
		other := w.fe.instanceNames[k.key]
		if other == "" {
			other = w.plan.instanceNames[k.key]
		}
		if other != "" && other != k.what {
			return &Error{Pos: w.src.Position(w.offset(id.Pos())), Msg: fmt.Sprintf(
				"%s: the interpreter names the instance of %s and that of %s alike (%s) and would run one for the other; rename one of them",
				name, k.what, other, k.key)}
		}
		w.plan.instanceNames[k.key] = k.what
	}
	return nil
}
