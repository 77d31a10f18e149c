package repl

import (
	"fmt"
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ast/astutil"
)

// Function literals deferred in a loop.
//
// yaegi v0.16.1 keeps one slot of its function's frame for a variable
// declared in a loop, and a closure reads the frame's slot when it runs: a
// literal deferred in a loop (defer func() { fmt.Println(i) }()) saw the
// last iteration's variables when the function returned, even those the
// front end gives each iteration (see rewriter.loopVars). A pointer to a
// variable, taken at the statement, does point at that iteration's
// variable. The pass hands the literal pointers to the variables of the
// loops around it that it uses, under their own names, taken at the defer
// statement:
//
//	for i := 0; i < 3; i++ {
//		defer func() { fmt.Println(i) }()
//	}
//
// becomes (with the loop's own copy of i, __i_1)
//
//	{ __d1 := &__i_1; defer func(__i_1 *int) { fmt.Println((*__i_1)) }(__d1) }
//
// The literal reads and writes each variable itself, as Go's closure does,
// when it runs. A variable whose type cannot be written at the statement
// leaves the literal as it was.

// lowerDeferInLoop rewrites a deferred function literal inside a loop of
// its function that uses variables declared in that loop.
func (w *rewriter) lowerDeferInLoop(d *ast.DeferStmt) {
	info := w.info()
	if info == nil {
		return
	}
	lit, ok := ast.Unparen(d.Call.Fun).(*ast.FuncLit)
	if !ok {
		return
	}
	path, _ := astutil.PathEnclosingInterval(w.file, d.Pos(), d.End())
	var loops []ast.Node
	for _, n := range path {
		switch n.(type) {
		case *ast.ForStmt, *ast.RangeStmt:
			loops = append(loops, n)
			continue
		case *ast.FuncLit, *ast.FuncDecl:
		default:
			continue
		}
		break
	}
	if len(loops) == 0 {
		return
	}
	inLoop := func(v *types.Var) bool {
		for _, l := range loops {
			if l.Pos() <= v.Pos() && v.Pos() < l.End() {
				return true
			}
		}
		return false
	}
	var vars []*types.Var
	uses := map[*types.Var][]*ast.Ident{}
	ast.Inspect(lit.Body, func(n ast.Node) bool {
		id, ok := n.(*ast.Ident)
		if !ok {
			return true
		}
		v, ok := info.Uses[id].(*types.Var)
		if !ok || v.IsField() || !inLoop(v) || lit.Pos() <= v.Pos() && v.Pos() < lit.End() {
			return true
		}
		if uses[v] == nil {
			vars = append(vars, v)
		}
		uses[v] = append(uses[v], id)
		return true
	})
	if len(vars) == 0 {
		return
	}
	var params, ptrs, takes []string
	for _, v := range vars {
		t, ok := w.typeSource(v.Type(), d.Pos())
		if !ok {
			return
		}
		name := v.Name()
		if c, ok := w.loopCopies[v.Pos()]; ok {
			name = c
		}
		ptr := w.tmpName("d")
		params = append(params, name+" *"+t)
		ptrs = append(ptrs, ptr)
		takes = append(takes, "&"+name)
		for _, id := range uses[v] {
			w.add(w.offset(id.Pos()), w.offset(id.End()), "(*"+name+")", -60)
		}
	}
	start, end := w.offset(d.Pos()), w.offset(d.End())
	w.add(start, start, fmt.Sprintf("{ %s := %s; ", strings.Join(ptrs, ", "), strings.Join(takes, ", ")), -30)
	w.add(end, end, " }", 30)
	sep := ""
	if lit.Type.Params.NumFields() > 0 {
		sep = ", "
	}
	at := w.offset(lit.Type.Params.Opening) + 1
	w.add(at, at, strings.Join(params, ", ")+sep, 0)
	sep = ""
	if len(d.Call.Args) > 0 {
		sep = ", "
	}
	at = w.offset(d.Call.Lparen) + 1
	w.add(at, at, strings.Join(ptrs, ", ")+sep, -30)
}
