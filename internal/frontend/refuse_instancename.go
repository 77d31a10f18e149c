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
		var args []string
		generic := false
		for t := range inst.TypeArgs.Types() {
			if hasTypeParam(t) {
				generic = true
			}
			args = append(args, types.TypeString(t, func(p *types.Package) string { return p.Name() }))
		}
		if generic {
			continue
		}
		suffix := "[" + strings.Join(args, ",") + "]"
		var keys []instanceKey
		switch obj := info.Uses[id].(type) {
		case *types.Func:
			if obj.Pkg() == nil || obj.Pkg().Path() != "main" {
				continue
			}
			keys = append(keys, instanceKey{obj.Name() + suffix, "function " + obj.Name()})
		case *types.TypeName:
			if obj.Pkg() == nil || obj.Pkg().Path() != "main" {
				continue
			}
			keys = append(keys, instanceKey{obj.Name() + suffix, "type " + obj.Name()})
			if n, ok := obj.Type().(*types.Named); ok {
				for m := range n.Origin().Methods() {
					keys = append(keys, instanceKey{m.Name() + suffix, "method " + m.Name() + " of " + obj.Name()})
				}
			}
		default:
			continue
		}
		for _, k := range keys {
			other := w.fe.instanceNames[k.key]
			if other == "" {
				other = w.plan.instanceNames[k.key]
			}
			if other != "" && other != k.what {
				return &Error{Pos: w.src.Position(w.offset(id.Pos())), Msg: fmt.Sprintf(
					"%s%s: the interpreter names the instance of %s and that of %s alike (%s) and would run one for the other; rename one of them",
					id.Name, suffix, k.what, other, k.key)}
			}
			w.plan.instanceNames[k.key] = k.what
		}
	}
	return nil
}
