package frontend

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
)

// Lowering: struct types that point to each other, one of them to itself,
// built from that one.
//
// yaegi v0.16.1 builds the reflect type of a struct type that refers to
// itself with a placeholder for each field that points to a struct still
// being built, and once the outermost struct is built it puts in every
// placeholder the type it met last. Where the struct types of a cycle are
// built from one that no other refers back to but itself (a tree built
// first: type Tree struct{ root *Node }; type Node struct{ left *Node;
// tree *Tree }), the placeholders stand for two types, and Node's left
// became a *Tree: the first assignment to it panicked ("reflect.Set: value
// of type *struct {...} is not assignable to type *struct {...}"), as did
// container/list's shape, a graph's nodes with their graph. Which type is
// built first is the order of the program's first uses. Built from Node,
// every placeholder stands for Node. So the pass declares, after the
// cycle's declarations (in a script, a :load, an input), a variable of a
// pointer to the type such a cycle is to be built from, which the
// interpreter builds before any other use:
//
//	var __build1 *Node
//
// It is the cycle's type from which the build meets no type being built
// but it (found by following the fields as the interpreter does); where
// none is, or every one is, nothing is declared. A cycle through a struct
// held by value (container/list's List holds its root Element) fails
// whichever type is built first; it is left as it is.

// lowerBuildOrder declares the variables described above.
func (w *rewriter) lowerBuildOrder() {
	info := w.info()
	if info == nil {
		return
	}
	var structs []*types.Named        // the file's struct types, in the order of the text
	declEnd := map[*types.Named]int{} // the end of each one's declaration
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
					structs = append(structs, n)
					declEnd[n] = w.offset(gd.End())
				}
			}
		}
	}
	if len(structs) < 2 {
		return
	}
	done := map[*types.Named]bool{}
	for _, s := range structs {
		if done[s] {
			continue
		}
		cycle := structCycle(s, structs)
		for _, t := range cycle {
			done[t] = true
		}
		if len(cycle) < 2 {
			continue
		}
		var good []*types.Named // the types a build from which meets no other type being built
		for _, t := range cycle {
			if met, ok := buildMeets(t); ok && len(met) <= 1 {
				good = append(good, t)
			}
		}
		if len(good) == 0 || len(good) == len(cycle) {
			continue // no order builds it, or every order does
		}
		ts, ok := w.typeSource(types.NewPointer(good[0]), w.file.Name.Pos())
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

// structCycle returns the struct types of structs that s reaches through
// its fields and that reach s: s's cycle, s included (s alone where it is
// in none).
func structCycle(s *types.Named, structs []*types.Named) []*types.Named {
	reach := func(from *types.Named) map[*types.Named]bool {
		seen := map[*types.Named]bool{}
		queue := []*types.Named{from}
		for len(queue) > 0 {
			x := queue[0]
			queue = queue[1:]
			fieldStructs(x, func(t *types.Named, _ bool) {
				if !seen[t] && slices.Contains(structs, t) {
					seen[t] = true
					queue = append(queue, t)
				}
			})
		}
		return seen
	}
	out := []*types.Named{s}
	from := reach(s)
	for _, t := range structs {
		if t != s && from[t] && reach(t)[s] {
			out = append(out, t)
		}
	}
	return out
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

// buildMeets follows the interpreter's build of the struct type s (see
// above): the struct types being built that it meets through a field, and
// false where it meets one held by value (which no placeholder can stand
// for).
func buildMeets(s *types.Named) ([]*types.Named, bool) {
	building := map[*types.Named]bool{}
	built := map[*types.Named]bool{}
	var met []*types.Named
	ok := true
	var build func(t *types.Named)
	build = func(t *types.Named) {
		building[t] = true
		fieldStructs(t, func(u *types.Named, byValue bool) {
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
