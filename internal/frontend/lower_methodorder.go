package frontend

import (
	"go/ast"
	"go/types"
	"slices"
)

// Lowering: the methods of a generic type, declared after the methods
// that call them.
//
// yaegi v0.16.1 builds a method of a generic type's instance from the
// declarations it has compiled when the method is first used: a method
// that calls a method of its type declared further down calls an empty
// function, and the program panics with "index out of range [0] with
// length 0" (a tree's All calling its walk, declared below it):
//
//	func (t *Tree[T]) All() []T    { return t.walk(nil) }
//	func (t *Tree[T]) walk(acc []T) []T { ... t.Left.walk(acc) ... }
//
// The pass moves the declarations of each generic type's methods so that
// a method comes after those it calls or takes as values (callees first,
// in the order of the source otherwise), each keeping its positions:
//
//	func (t *Tree[T]) walk(acc []T) []T { ... t.Left.walk(acc) ... }
//	func (t *Tree[T]) All() []T    { return t.walk(nil) }
//
// Methods that call each other (Even calling Odd calling Even) cannot all
// come first: the interpreter refuses them (undefined selector), as
// before.
func (w *rewriter) lowerMethodOrder() {
	info := w.info()
	if info == nil {
		return
	}
	// The methods of each generic type, in the order of the source.
	byType := map[*types.TypeName][]*ast.FuncDecl{}
	var typesInOrder []*types.TypeName
	for _, d := range w.file.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Recv == nil || fd.Body == nil {
			continue
		}
		obj, ok := info.Defs[fd.Name].(*types.Func)
		if !ok {
			continue
		}
		tn := genericRecvType(obj)
		if tn == nil {
			continue
		}
		if byType[tn] == nil {
			typesInOrder = append(typesInOrder, tn)
		}
		byType[tn] = append(byType[tn], fd)
	}
	for _, tn := range typesInOrder {
		decls := byType[tn]
		if len(decls) < 2 {
			continue
		}
		index := map[*types.Func]int{}
		for i, fd := range decls {
			index[info.Defs[fd.Name].(*types.Func)] = i
		}
		// The methods of the type each one uses.
		uses := make([][]int, len(decls))
		for i, fd := range decls {
			ast.Inspect(fd.Body, func(n ast.Node) bool {
				sel, ok := n.(*ast.SelectorExpr)
				if !ok {
					return true
				}
				if fn, ok := info.Uses[sel.Sel].(*types.Func); ok {
					if j, ok := index[fn.Origin()]; ok && j != i && !slices.Contains(uses[i], j) {
						uses[i] = append(uses[i], j)
					}
				}
				return true
			})
		}
		// Callees first: a depth-first walk, in the order of the source.
		var order []int
		state := make([]int, len(decls)) // 0 unseen, 1 open, 2 placed
		var visit func(i int)
		visit = func(i int) {
			if state[i] != 0 {
				return
			}
			state[i] = 1
			for _, j := range uses[i] {
				visit(j)
			}
			state[i] = 2
			order = append(order, i)
		}
		for i := range decls {
			visit(i)
		}
		for place, i := range order {
			if place != i {
				w.vacate(decls[place], w.moved(decls[i]))
			}
		}
	}
}

// genericRecvType returns the generic type declared in the program whose
// method fn is, or nil.
func genericRecvType(fn *types.Func) *types.TypeName {
	recv := fn.Signature().Recv()
	if recv == nil {
		return nil
	}
	t := recv.Type()
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Origin().TypeParams().Len() == 0 {
		return nil
	}
	return n.Origin().Obj()
}
