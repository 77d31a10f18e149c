package frontend

import (
	"cmp"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"maps"
	"slices"
)

// Refused: at the prompt, a variable holding a function made before a hard
// stop.
//
// yaegi v0.16.1 stops interpreted code by a run number every frame carries:
// a hard stop (a deadlock, a second Ctrl-C) moves the interpreter's on, and
// a frame of another number runs nothing. The session's named functions and
// methods are called in frames of the caller's, made afresh; a function
// literal runs in a frame it made from the one it was made in, of the old
// number: after the stop, a closure made before it (sq := func(x int) int
// {...}, a method value, a coroutine not yet started) returned zero values
// and ran none of its code, without a word. The session marks, at the stop,
// the variables whose type may hold such a function (a func, a struct, a
// slice, a map or a pointer holding one, a *loop.Coroutine: a value of a
// compiled type otherwise, or of an interface, is not looked into) and
// whose value does (not a nil function, nor a compiled package's: the
// session looks), and an input that reads one is refused, naming it and the way around: declare or
// assign it again (which clears the mark), or :restart.

// MarkStale records, after a hard stop (why: "input 4's hard stop"), the
// session's variables that may hold functions made before it (see the doc
// above), and returns their names, sorted. holds, where not nil, says
// whether a variable's value holds any function interpreted code made (a
// nil one, or a compiled package's, runs as before).
func (fe *FrontEnd) MarkStale(why string, holds func(name string) bool) []string {
	st := fe.Types
	var names []string
	for name, obj := range st.Objs {
		v, ok := obj.(*types.Var)
		if !ok || !mayHoldClosure(v.Type(), map[types.Type]bool{}) || holds != nil && !holds(name) {
			continue
		}
		if st.stale == nil {
			st.stale = map[string]string{}
		}
		if st.stale[name] == "" {
			st.stale[name] = why
		}
		names = append(names, name)
	}
	slices.Sort(names)
	return names
}

// mayHoldClosure reports whether a value of t may hold a function that
// interpreted code made (see the doc above).
func mayHoldClosure(t types.Type, seen map[types.Type]bool) bool {
	if seen[t] {
		return false
	}
	seen[t] = true
	switch u := types.Unalias(t).(type) {
	case *types.Signature:
		return true
	case *types.Named:
		if p := u.Obj().Pkg(); p != nil && p.Path() != "main" {
			return p.Path() == loopPath && u.Obj().Name() == "Coroutine"
		}
		return mayHoldClosure(u.Underlying(), seen)
	case *types.Pointer:
		return mayHoldClosure(u.Elem(), seen)
	case *types.Slice:
		return mayHoldClosure(u.Elem(), seen)
	case *types.Array:
		return mayHoldClosure(u.Elem(), seen)
	case *types.Chan:
		return mayHoldClosure(u.Elem(), seen)
	case *types.Map:
		return mayHoldClosure(u.Key(), seen) || mayHoldClosure(u.Elem(), seen)
	case *types.Struct:
		for f := range u.Fields() {
			if mayHoldClosure(f.Type(), seen) {
				return true
			}
		}
	}
	return false
}

// refuseStale refuses the first read of a variable MarkStale marked in the
// segment's code; an assignment of the whole variable (sq = ...) is no
// read, and clears the mark when the segment runs (c.unstale).
func refuseStale(c *Checked, f *ast.File, st *sessionTypes, at func(ast.Node) string) *Error {
	if len(st.stale) == 0 {
		return nil
	}
	assigned := map[*ast.Ident]bool{}
	ast.Inspect(f, func(n ast.Node) bool {
		if as, ok := n.(*ast.AssignStmt); ok && as.Tok == token.ASSIGN {
			for _, l := range as.Lhs {
				if id, ok := ast.Unparen(l).(*ast.Ident); ok {
					assigned[id] = true
				}
			}
		}
		return true
	})
	ids := slices.SortedFunc(maps.Keys(c.Info.Uses), func(a, b *ast.Ident) int { return cmp.Compare(a.Pos(), b.Pos()) })
	for _, id := range ids {
		why := st.stale[id.Name]
		if why == "" {
			continue
		}
		// The session's variable (a package-level one the segment does
		// not declare).
		if v, ok := c.Info.Uses[id].(*types.Var); !ok || v.Pkg() == nil || v.Parent() != v.Pkg().Scope() || c.decls[id.Name] != nil {
			continue
		}
		if assigned[id] {
			c.unstale = append(c.unstale, id.Name)
			continue
		}
		return &Error{Pos: at(id), Msg: fmt.Sprintf(
			"%s may hold a function made before %s, which ended every function interpreted code had made (a call of one would return zero values and run nothing): "+
				"declare or assign %s again, or type :restart to run your inputs again in a new session",
			id.Name, why, id.Name)}
	}
	return nil
}
