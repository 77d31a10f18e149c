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
// table is the session's); instances whose type arguments are type
// parameters of the enclosing generic code are made when that code is,
// with arguments the check cannot name, and are not seen.

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
		made := []madeInstance{{info.Uses[id], args, ""}}
		made = append(made, w.madeBy(info.Uses[id], args, map[string]bool{}, 0)...)
		for _, m := range made {
			if err := w.checkInstanceName(id, m); err != nil {
				return err
			}
		}
	}
	return nil
}

// madeInstance is an instance of generic code of the program's: what it
// instantiates, with which type arguments, and, for one the program does
// not write itself, the generic code that makes it.
type madeInstance struct {
	obj  types.Object
	args []types.Type
	by   string
}

// madeBy returns the instances that instantiating obj (a generic function
// or type of the file) with args makes in turn: those its declaration
// (and a type's methods) write with its type parameters, the type
// parameters replaced by args, and theirs. One whose type arguments are
// made of type parameters otherwise is left out.
func (w *rewriter) madeBy(obj types.Object, args []types.Type, seen map[string]bool, depth int) []madeInstance {
	info := w.info()
	if depth > 4 || obj == nil || obj.Pkg() == nil || obj.Pkg().Path() != "main" {
		return nil
	}
	key := obj.Name() + fmt.Sprint(args)
	if seen[key] {
		return nil
	}
	seen[key] = true
	// The declarations to read, each with its type parameters in order.
	type part struct {
		node   ast.Node
		params *types.TypeParamList
	}
	var parts []part
	switch o := obj.(type) {
	case *types.Func:
		sig, _ := o.Type().(*types.Signature)
		if sig == nil || sig.TypeParams().Len() != len(args) {
			return nil
		}
		for _, d := range w.file.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && info.Defs[fd.Name] == o {
				parts = append(parts, part{fd, sig.TypeParams()})
			}
		}
	case *types.TypeName:
		n, ok := o.Type().(*types.Named)
		if !ok || n.TypeParams().Len() != len(args) {
			return nil
		}
		ast.Inspect(w.file, func(x ast.Node) bool {
			if ts, ok := x.(*ast.TypeSpec); ok && info.Defs[ts.Name] == o {
				parts = append(parts, part{ts.Type, n.TypeParams()})
			}
			return true
		})
		for m := range n.Origin().Methods() {
			sig, _ := m.Type().(*types.Signature)
			for _, d := range w.file.Decls {
				if fd, ok := d.(*ast.FuncDecl); ok && info.Defs[fd.Name] == m && sig != nil && sig.RecvTypeParams().Len() == len(args) {
					parts = append(parts, part{fd, sig.RecvTypeParams()})
				}
			}
		}
	}
	var out []madeInstance
	for _, p := range parts {
		subst := map[*types.TypeParam]types.Type{}
		for i := range p.params.Len() {
			subst[p.params.At(i)] = args[i]
		}
		ast.Inspect(p.node, func(x ast.Node) bool {
			id, ok := x.(*ast.Ident)
			if !ok {
				return true
			}
			inst, ok := info.Instances[id]
			if !ok {
				return true
			}
			var mapped []types.Type
			for t := range inst.TypeArgs.Types() {
				if tp, ok := t.(*types.TypeParam); ok && subst[tp] != nil {
					t = subst[tp]
				}
				if hasTypeParam(t) {
					return true // made of type parameters: not followed
				}
				mapped = append(mapped, t)
			}
			inner := info.Uses[id]
			if inner == nil || inner == obj {
				return true
			}
			out = append(out, madeInstance{inner, mapped, obj.Name()})
			out = append(out, w.madeBy(inner, mapped, seen, depth+1)...)
			return true
		})
	}
	for i := range out {
		if out[i].by == "" {
			out[i].by = obj.Name()
		}
	}
	return out
}

// checkInstanceName returns the error for the instance m, made where id
// is, if the interpreter would take it for another of the segment's or the
// session's, and records its names.
func (w *rewriter) checkInstanceName(id *ast.Ident, m madeInstance) error {
	var args []string
	for _, t := range m.args {
		args = append(args, types.TypeString(t, func(p *types.Package) string { return p.Name() }))
	}
	suffix := "[" + strings.Join(args, ",") + "]"
	var keys []instanceKey
	switch obj := m.obj.(type) {
	case *types.Func:
		if obj.Pkg() == nil || obj.Pkg().Path() != "main" {
			return nil
		}
		if sig, ok := obj.Type().(*types.Signature); !ok || sig.TypeParams().Len() == 0 {
			return nil
		}
		keys = append(keys, instanceKey{obj.Name() + suffix, "function " + obj.Name()})
	case *types.TypeName:
		if obj.Pkg() == nil || obj.Pkg().Path() != "main" {
			return nil
		}
		keys = append(keys, instanceKey{obj.Name() + suffix, "type " + obj.Name()})
		if n, ok := obj.Type().(*types.Named); ok {
			for meth := range n.Origin().Methods() {
				keys = append(keys, instanceKey{meth.Name() + suffix, "method " + meth.Name() + " of " + obj.Name()})
			}
		}
	default:
		return nil
	}
	name := id.Name + suffix
	if m.by != "" {
		name = fmt.Sprintf("%s%s (made by %s)", m.obj.Name(), suffix, id.Name)
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
