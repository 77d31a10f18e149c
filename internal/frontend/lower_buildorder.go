package frontend

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"
)

// Lowering: struct types that point to each other, one of them to itself,
// built from that one.
//
// yaegi v0.16.1 builds the reflect type of a struct type that refers to
// itself with a placeholder for each field that points to a struct still
// being built, and once the outermost struct is built it puts in every
// placeholder the type it met last. Where a cycle's types are built from
// another than the one that points to itself (a tree built first: type
// Tree struct{ root *Node }; type Node struct{ left *Node; tree *Tree }),
// the placeholders stand for two types, and Node's left became a *Tree:
// the first assignment to it panicked ("reflect.Set: value of type
// *struct {...} is not assignable to type *struct {...}"), as it did for
// staff pointing to their manager and their company. Which type is built
// first is the order of the program's first uses. Built from Node, every
// placeholder stands for Node. So the pass declares, after the cycle's
// declarations (in a script, a :load, an input), a variable of a pointer
// to the type such a cycle is to be built from, which the interpreter
// builds before any other use:
//
//	var __build1 *Node
//
// It is the cycle's type from which the build meets no type being built
// but one (found by following the fields as the interpreter does); where
// none is, or every one is, nothing is declared. Where none is because
// more than one of the cycle's types points to itself (type Dept
// struct{ parent *Dept; head *Person }; type Person struct{ boss *Person;
// dept *Dept }), the first type's declaration is refused, with the way
// around. A cycle through a struct held by value whose types also point
// to themselves (container/list's List holds its root Element) fails
// whichever type is built first; it is left as it is (generic ones are
// refused, refuse_gencycle.go).

// lowerBuildOrder declares the variables described above.
func (w *rewriter) lowerBuildOrder() {
	info := w.info()
	if info == nil {
		return
	}
	// The file's struct types, in the order of the text, by the name the
	// program runs them under: a type written out per instance
	// (lower_typecopy.go) is its instance, as the copies' fields name it.
	var order []string
	nodes := map[string]*types.Named{}
	declEnd := map[string]int{}      // the end of each one's declaration
	names := map[string]*ast.Ident{} // each one's name where it is declared
	copyOf := map[string]string{}
	if w.copies != nil {
		for inst, c := range w.copies.instances {
			copyOf[c] = inst
		}
	}
	for _, d := range w.file.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.TYPE {
			continue
		}
		for _, s := range gd.Specs {
			ts := s.(*ast.TypeSpec)
			tn, ok := info.Defs[ts.Name].(*types.TypeName)
			if !ok || ts.TypeParams != nil || tn.IsAlias() {
				continue
			}
			if n, ok := tn.Type().(*types.Named); ok {
				if _, ok := n.Underlying().(*types.Struct); ok {
					k := n.Obj().Name()
					if inst := copyOf[k]; inst != "" {
						k = inst
					}
					order = append(order, k)
					nodes[k] = n
					declEnd[k] = w.offset(gd.End())
					names[k] = ts.Name
				}
			}
		}
	}
	if len(order) < 2 {
		return
	}
	g := &structGraph{nodes: nodes, key: func(n *types.Named) string { return w.structKey(n, copyOf) }}
	done := map[string]bool{}
	for _, s := range order {
		if done[s] {
			continue
		}
		cycle := g.cycle(s, order)
		for _, t := range cycle {
			done[t] = true
		}
		if len(cycle) < 2 {
			continue
		}
		var good []string // the types a build from which meets no other type being built
		for _, t := range cycle {
			if met, ok := g.buildMeets(t); ok && len(met) <= 1 {
				good = append(good, t)
			}
		}
		if len(good) == 0 {
			// No order builds it: two of its types point to
			// themselves, or one holds another by value. Refused
			// where one of them points to itself and none is held by
			// value (container/list's shape is a known gap the
			// interpreter does not say before it runs).
			self := slices.ContainsFunc(cycle, func(t string) bool {
				found := false
				g.refs(t, func(u string, _ bool) { found = found || u == t })
				return found
			})
			byValue := slices.ContainsFunc(cycle, func(t string) bool {
				_, ok := g.buildMeets(t)
				return !ok
			})
			if self && !byValue && copyOf[names[cycle[0]].Name] == "" {
				w.refuse(names[cycle[0]], fmt.Sprintf("struct types %s point to each other, and more than one of them to itself: "+
					"the interpreter builds such types wrongly (a field pointing to one is given another's type, and storing a pointer in it panics); "+
					"hold one of the pointers between them as an interface (any) or as an index into a slice",
					strings.Join(cycle[:len(cycle)-1], ", ")+" and "+cycle[len(cycle)-1]))
			}
			continue
		}
		if len(good) == len(cycle) {
			continue // every order builds it
		}
		ts, ok := w.typeSource(types.NewPointer(nodes[good[0]]), w.file.Name.Pos())
		if !ok {
			continue
		}
		// After the cycle's declarations (declared before them, the
		// variable did not make the interpreter build its type first
		// where a package variable of another type of the cycle has a
		// value), before the code that uses them.
		at := 0
		for _, t := range cycle {
			at = max(at, declEnd[t])
		}
		w.add(at, at, "\nvar "+w.tmpName("build")+" "+ts+"\n", 0)
	}
}

// structKey returns the name the program runs the struct type n under:
// its name, or for an instance of a generic type, its name with its type
// arguments, as the instances written out are keyed (typeCopies), also
// where n is the copy (copyOf maps the copies' names to those keys).
func (w *rewriter) structKey(n *types.Named, copyOf map[string]string) string {
	if n.TypeArgs().Len() == 0 {
		if inst := copyOf[n.Obj().Name()]; inst != "" {
			return inst
		}
		return n.Obj().Name()
	}
	args, ok := w.typeArgTexts(unaliasedInstance(types.Instance{TypeArgs: n.TypeArgs(), Type: n}), w.file.Name.Pos())
	if !ok {
		return ""
	}
	return n.Obj().Name() + "[" + strings.Join(args, ", ") + "]"
}

// structGraph is the file's struct types, by key, and how the fields of
// one refer to another.
type structGraph struct {
	nodes map[string]*types.Named
	key   func(*types.Named) string
}

// refs calls f with the key of each struct type of the graph the fields
// of the one keyed k refer to, in the order of the fields, and whether it
// holds it by value (see fieldStructs).
func (g *structGraph) refs(k string, f func(u string, byValue bool)) {
	n := g.nodes[k]
	if n == nil {
		return
	}
	fieldStructs(n, func(t *types.Named, byValue bool) {
		if u := g.key(t); g.nodes[u] != nil {
			f(u, byValue)
		}
	})
}

// cycle returns the keys of order that s reaches through fields and that
// reach s: s's cycle, s included (s alone where it is in none).
func (g *structGraph) cycle(s string, order []string) []string {
	reach := func(from string) map[string]bool {
		seen := map[string]bool{}
		queue := []string{from}
		for len(queue) > 0 {
			x := queue[0]
			queue = queue[1:]
			g.refs(x, func(t string, _ bool) {
				if !seen[t] {
					seen[t] = true
					queue = append(queue, t)
				}
			})
		}
		return seen
	}
	out := []string{s}
	from := reach(s)
	for _, t := range order {
		if t != s && from[t] && reach(t)[s] {
			out = append(out, t)
		}
	}
	return out
}

// buildMeets follows the interpreter's build of the struct type s (see
// above): the struct types being built that it meets through a field, and
// false where it meets one held by value (which no placeholder can stand
// for).
func (g *structGraph) buildMeets(s string) ([]string, bool) {
	building := map[string]bool{}
	built := map[string]bool{}
	var met []string
	ok := true
	var build func(t string)
	build = func(t string) {
		building[t] = true
		g.refs(t, func(u string, byValue bool) {
			switch {
			case building[u]:
				if byValue {
					ok = false
				}
				if !slices.Contains(met, u) {
					met = append(met, u)
				}
			case !built[u]:
				build(u)
			}
		})
		building[t] = false
		built[t] = true
	}
	build(s)
	return met, ok
}

// fieldStructs calls f with each named struct type of the package the
// fields of n's struct refer to, through pointers, slices, arrays, maps,
// channels, functions and unnamed structs, in the order of the fields, and
// whether it is held by value (a field, or an array's element, of that
// type).
func fieldStructs(n *types.Named, f func(t *types.Named, byValue bool)) {
	var walk func(t types.Type, byValue bool)
	walk = func(t types.Type, byValue bool) {
		switch t := types.Unalias(t).(type) {
		case *types.Named:
			if t.Obj().Pkg() == nil || t.Obj().Pkg() != n.Obj().Pkg() {
				return
			}
			if _, ok := t.Underlying().(*types.Struct); ok {
				f(t, byValue)
				return
			}
			walk(t.Underlying(), byValue) // type Nodes []*Node
		case *types.Pointer:
			walk(t.Elem(), false)
		case *types.Slice:
			walk(t.Elem(), false)
		case *types.Array:
			walk(t.Elem(), byValue)
		case *types.Map:
			walk(t.Key(), false)
			walk(t.Elem(), false)
		case *types.Chan:
			walk(t.Elem(), false)
		case *types.Signature:
			for v := range t.Params().Variables() {
				walk(v.Type(), false)
			}
			for v := range t.Results().Variables() {
				walk(v.Type(), false)
			}
		case *types.Struct:
			for fld := range t.Fields() {
				walk(fld.Type(), byValue)
			}
		}
	}
	for fld := range n.Underlying().(*types.Struct).Fields() {
		walk(fld.Type(), true)
	}
}
