package frontend

import (
	"go/ast"
	"go/token"
	"go/types"
)

// Lowering: a composite literal of array, slice or map type declared into
// a variable, or whose address is taken, where the statement runs more
// than once in a frame (in a loop, or in a function with labels, which
// goto may loop through).
//
// yaegi v0.16.1 builds such a literal (s := []int{i}, var a = [2]int{i},
// m := map[string]int{...}) straight into the variable's place, which it
// makes once for the frame: each iteration declared the same variable, so
// a closure or goroutine that captured it, or a pointer taken to it, saw
// the last iteration's value (0 1 2 printed 2 2 2); &[]int{i} and
// &[1]int{i} gave the same pointer each time. Parenthesised, the literal
// is built apart and copied into the variable; a literal whose address is
// taken is built apart into a new slice, whose element's address is
// taken:
//
//	s := []int{i}  ->  s := ([]int{i})
//	&[1]int{i}     ->  &[][1]int{([1]int{i})}[0]
//
// A literal of such a type held in an interface is copied as a variable
// is (lower_ifacecopy.go); one of such a type of the program's with
// methods as a method's receiver (defer Pair{i}.Print()) is built apart
// and copied out of a slice:
//
//	Pair{i, i}  ->  []Pair{(Pair{i, i})}[0]
//
// (A struct literal is built apart already.)
func (w *rewriter) lowerLoopCompositeLits() {
	info := w.info()
	if info == nil {
		return
	}
	// shared reports whether x is a literal the interpreter builds in
	// place: of array, slice or map type, not parenthesised.
	shared := func(x ast.Expr) (*ast.CompositeLit, bool) {
		lit, ok := x.(*ast.CompositeLit)
		if !ok || info.TypeOf(lit) == nil {
			return nil, false
		}
		switch info.TypeOf(lit).Underlying().(type) {
		case *types.Array, *types.Slice, *types.Map:
			return lit, true
		}
		return nil, false
	}
	// methodsLit reports whether lit is a literal of a named array, slice
	// or map type of the package's with methods, written with its type.
	methodsLit := func(lit *ast.CompositeLit) (*types.Named, bool) {
		if lit.Type == nil {
			return nil, false
		}
		n, ok := types.Unalias(info.TypeOf(lit)).(*types.Named)
		if !ok || n.TypeArgs().Len() > 0 || n.Obj().Pkg() == nil || n.Obj().Parent() != n.Obj().Pkg().Scope() {
			return nil, false
		}
		switch n.Underlying().(type) {
		case *types.Array, *types.Slice, *types.Map:
		default:
			return nil, false
		}
		return n, types.NewMethodSet(types.NewPointer(n)).Len() > 0 // (the value's methods too)
	}
	// copyOut writes lit, of the type written src, as the element of a
	// new slice, built apart.
	copyOut := func(lit *ast.CompositeLit, src string) {
		w.wrapArg(lit, "[]"+src+"{(", -1)
		end := w.offset(lit.End())
		w.add(end, end, ")}[0]", 1)
	}
	wrap := func(lit *ast.CompositeLit) {
		// Outside any other lowering's wrapping of the literal
		// (lower_ifacecopy.go's copy).
		w.wrapArg(lit, "(", -50)
		end := w.offset(lit.End())
		w.add(end, end, ")", 50)
	}
	var walk func(n ast.Node, repeated bool)
	visit := func(body *ast.BlockStmt) {
		labels := false
		ast.Inspect(body, func(n ast.Node) bool {
			switch n.(type) {
			case *ast.FuncLit:
				return false
			case *ast.LabeledStmt:
				labels = true
			}
			return true
		})
		walk(body, labels)
	}
	walk = func(n ast.Node, repeated bool) {
		ast.Inspect(n, func(n ast.Node) bool {
			if lit, ok := n.(*ast.CompositeLit); ok && repeated {
				if w.repeatedLits == nil {
					w.repeatedLits = map[*ast.CompositeLit]bool{}
				}
				w.repeatedLits[lit] = true // (lower_ifacecopy.go)
			}
			switch n := n.(type) {
			case *ast.FuncLit:
				visit(n.Body) // a frame of its own each call
				return false
			case *ast.ForStmt:
				if n.Init != nil {
					walk(n.Init, repeated)
				}
				if n.Cond != nil {
					walk(n.Cond, repeated)
				}
				if n.Post != nil {
					walk(n.Post, true)
				}
				walk(n.Body, true)
				return false
			case *ast.RangeStmt:
				walk(n.X, repeated)
				walk(n.Body, true)
				return false
			case *ast.AssignStmt:
				if repeated && n.Tok == token.DEFINE {
					for _, x := range n.Rhs {
						if lit, ok := shared(x); ok {
							wrap(lit)
						}
					}
				}
			case *ast.ValueSpec:
				if repeated {
					for _, x := range n.Values {
						if lit, ok := shared(x); ok {
							wrap(lit)
						}
					}
				}
			case *ast.SelectorExpr:
				// One with methods as a method's receiver (defer
				// Pair{i}.Print(), Pair{i}.Print as a value) was the one
				// place too: built apart and copied out of a slice.
				lit, ok := ast.Unparen(n.X).(*ast.CompositeLit)
				if !repeated || !ok {
					break
				}
				if t, ok := methodsLit(lit); ok {
					if src, ok := w.typeSource(t, lit.Pos()); ok {
						copyOut(lit, src)
					}
				}
			case *ast.UnaryExpr:
				if n.Op != token.AND || !repeated {
					break
				}
				// The & stays, for the lowerings that wrap it.
				if lit, ok := shared(n.X); ok {
					if src, ok := w.typeSource(info.TypeOf(lit), lit.Pos()); ok {
						copyOut(lit, src)
					}
				}
			}
			return true
		})
	}
	for _, d := range w.file.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Body != nil {
			visit(fd.Body)
			continue
		}
		ast.Inspect(d, func(n ast.Node) bool {
			if lit, ok := n.(*ast.FuncLit); ok {
				visit(lit.Body) // a package-level variable's
				return false
			}
			return true
		})
	}
}
