package frontend

import (
	"go/ast"
	"go/token"

	"golang.org/x/tools/go/ast/inspector"
)

// Lowering: a struct literal assigned to a variable.
//
// yaegi v0.16.1 builds a composite literal of a struct type assigned to
// a variable (p = P{3}) in a value of its own, which then takes the
// variable's place, where Go stores the value in the variable: a pointer
// taken to the variable before (ptr := &p), or a closure's or a method
// value's copy of its address, kept the old value, and a write through it
// no longer reached the variable. The common victim is a loop collecting
// the address of one variable (cur = P{i}; ps = append(ps, &cur)), whose
// pointers saw the values of different iterations. Slices, maps and
// arrays, and any other right-hand side (a variable, a call), are stored
// as in Go, and so is the literal in parentheses, which the interpreter
// evaluates as an expression before it assigns it:
//
//	p = P{3}  ->  p = (P{3})

// lowerLiteralAssigns puts the struct literals assigned to variables in
// parentheses, as the doc above says.
func (w *rewriter) lowerLiteralAssigns(in *inspector.Inspector) {
	info := w.info()
	in.Preorder([]ast.Node{(*ast.AssignStmt)(nil)}, func(n ast.Node) {
		as := n.(*ast.AssignStmt)
		if as.Tok != token.ASSIGN || len(as.Lhs) != len(as.Rhs) {
			return
		}
		for _, r := range as.Rhs {
			lit, ok := r.(*ast.CompositeLit)
			if !ok {
				continue
			}
			if t := info.TypeOf(lit); t == nil || !isStructType(t) {
				continue
			}
			start, end := w.offset(lit.Pos()), w.offset(lit.End())
			w.add(start, start, "(", -100)
			w.add(end, end, ")", 100)
		}
	})
}
