package frontend

import (
	"fmt"
	"go/ast"
	"go/types"
	"maps"
	"slices"
	"strings"
)

// Generic types that refer to each other.
//
// yaegi v0.16.1 instantiates a generic type by instantiating the types its
// own refers to, and two generic types that refer to each other (a list
// element holding its list, a list holding its elements: type E[T any]
// struct{ list *L[T] }; type L[T any] struct{ root E[T] }) sent it round
// the cycle until its stack overflowed, which ended the process (Go's
// test/typeparam/list2.go, cons.go, orderedmap.go). A generic type that
// refers to itself alone, or a cycle through a type without type
// parameters, it instantiates. A script writes such types out per
// instance, with the generic types that hold them (lower_typecopy.go):
// the copies have no type parameters. Elsewhere (at the prompt, where a
// later input may instantiate them again; where an instance cannot be
// written out) the first instance of a type of such a cycle outside the
// generic types' own declarations (which instantiate nothing until the
// program does) is refused, naming the types, with the way around: give
// one of them no type parameters; so is, there, an instance of a generic
// type that holds one of them (a Tree[K, V] of *node[K, V]), which
// instantiates it (at the prompt, an instance of a Tree declared in an
// earlier input ended the process).
//
// A generic type of several type parameters that refers to itself (type
// node[K, V any] struct{ next *node[K, V] }, a tree map's node) overflowed
// the interpreter's stack the same way: it catches the self-reference of
// a type of one type parameter only. Its first instance is refused too,
// with the way around: give the type one type parameter (a struct of the
// key and value, say), or put the self-reference in a type of one.

// refuseGenericTypeCycles returns the error for the segment's first
// instance of a generic type in a cycle described above. In a script the
// types of such cycles are written out per instance where they can be
// (lower_typecopy.go): their copies have no type parameters, and the
// interpreter instantiates nothing of them.
func (w *rewriter) refuseGenericTypeCycles() error {
	info := w.info()
	specs, trouble, holds := w.genericTypeCycles()
	for _, id := range slices.SortedFunc(maps.Keys(info.Instances), func(a, b *ast.Ident) int { return int(a.Pos() - b.Pos()) }) {
		tn, ok := info.Uses[id].(*types.TypeName)
		if !ok || w.fset.File(id.Pos()) != w.fset.File(w.file.Pos()) || slices.ContainsFunc(specs, func(ts ast.Node) bool { return ts.Pos() <= id.Pos() && id.Pos() < ts.End() }) {
			continue // the session's declarations, or the types' own
		}
		if w.copies != nil && w.copies.types[tn.Name()] {
			continue
		}
		holder := ""
		if h := holds[tn]; h != nil {
			// A type holding one of them (Tree[K, V] of *node[K, V]):
			// its instance instantiates them.
			holder, tn = tn.Name(), h
		}
		others, ok := trouble[tn]
		if !ok || w.copies != nil && w.copies.types[tn.Name()] {
			continue
		}
		if len(others) == 0 {
			what := "generic type " + tn.Name() + " of several type parameters refers to itself"
			if holder != "" {
				what = "generic type " + holder + " holds " + tn.Name() + ", a generic type of several type parameters that refers to itself"
			}
			return &Error{Pos: w.src.Position(w.offset(id.Pos())), Msg: fmt.Sprintf(
				"%s: the interpreter instantiates such a type again and again until its stack overflows; "+
					"give %s one type parameter (a struct of the others, say), or refer to it through a type of one", what, tn.Name())}
		}
		verb := "refers"
		if len(others) > 1 {
			verb = "refer"
		}
		what := "generic type " + tn.Name()
		if holder != "" {
			what = "generic type " + holder + " holds " + tn.Name() + ", which"
		}
		return &Error{Pos: w.src.Position(w.offset(id.Pos())), Msg: fmt.Sprintf(
			"%s refers to %s, which %s back to it: the interpreter instantiates such types round the cycle until its stack overflows; "+
				"give one of them no type parameters", what, strings.Join(others, " and "), verb)}
	}
	return nil
}

// genericTypeCycles returns the segment's generic types' declarations
// (whose instances instantiate nothing until the program does), the
// generic types described above (trouble: each of a cycle with the other
// types' names, sorted, and each of several type parameters that refers
// to itself with none), and the other generic types that refer to one of
// them (holds: a Tree[K, V] of *node[K, V], with the first by name it
// reaches), whose instances instantiate it.
func (w *rewriter) genericTypeCycles() (specs []ast.Node, trouble map[*types.TypeName][]string, holds map[*types.TypeName]*types.TypeName) {
	info := w.info()
	// The generic types of the segment, those it instantiates (the
	// session's, at the prompt) and those each refers to.
	refs := map[*types.TypeName]map[*types.TypeName]bool{}
	var queue []*types.TypeName
	add := func(tn *types.TypeName) {
		if _, ok := refs[tn]; !ok && tn.Pkg() != nil && tn.Pkg().Path() == "main" && tn.Parent() == tn.Pkg().Scope() {
			refs[tn] = map[*types.TypeName]bool{}
			queue = append(queue, tn)
		}
	}
	for _, d := range w.file.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok {
			continue
		}
		for _, s := range gd.Specs {
			ts, ok := s.(*ast.TypeSpec)
			if !ok || ts.TypeParams == nil {
				continue
			}
			if tn, ok := info.Defs[ts.Name].(*types.TypeName); ok {
				add(tn)
				specs = append(specs, ts)
			}
		}
	}
	for id := range info.Instances {
		if tn, ok := info.Uses[id].(*types.TypeName); ok && w.fset.File(id.Pos()) == w.fset.File(w.file.Pos()) {
			add(tn)
		}
	}
	if len(refs) == 0 {
		return nil, nil, nil
	}
	self := map[*types.TypeName]bool{} // of several type parameters, refers to itself
	for len(queue) > 0 {
		tn := queue[0]
		queue = queue[1:]
		walkWritten(tn.Type().Underlying(), func(t types.Type) bool {
			n, ok := types.Unalias(t).(*types.Named)
			if !ok {
				return true
			}
			if n.TypeArgs().Len() == 0 {
				return false // a type without type parameters stops the cycle
			}
			to := n.Origin().Obj()
			add(to)
			if _, ok := refs[to]; ok {
				refs[tn][to] = true
			}
			if to == tn && n.TypeArgs().Len() > 1 {
				self[tn] = true
			}
			return true
		})
	}
	// reaches reports whether b is reachable from a.
	reaches := func(a, b *types.TypeName) bool {
		seen := map[*types.TypeName]bool{}
		queue := []*types.TypeName{a}
		for len(queue) > 0 {
			x := queue[0]
			queue = queue[1:]
			for y := range refs[x] {
				if y == b {
					return true
				}
				if !seen[y] {
					seen[y] = true
					queue = append(queue, y)
				}
			}
		}
		return false
	}
	trouble = map[*types.TypeName][]string{}
	for tn := range refs {
		var others []string
		for other := range refs {
			if other != tn && reaches(tn, other) && reaches(other, tn) {
				others = append(others, other.Name())
			}
		}
		slices.Sort(others)
		switch {
		case self[tn]:
			trouble[tn] = nil
		case len(others) > 0:
			trouble[tn] = others
		}
	}
	holds = map[*types.TypeName]*types.TypeName{}
	for tn := range refs {
		if _, ok := trouble[tn]; ok {
			continue
		}
		for _, t := range slices.SortedFunc(maps.Keys(trouble), func(a, b *types.TypeName) int { return strings.Compare(a.Name(), b.Name()) }) {
			if reaches(tn, t) {
				holds[tn] = t
				break
			}
		}
	}
	return specs, trouble, holds
}
