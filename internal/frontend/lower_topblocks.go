package frontend

import (
	"go/ast"
	"go/types"

	"github.com/asyncrepl/asyncrepl/internal/gosrc"
)

// Lowering: at the prompt, the blocks of an input's top-level code that
// declare variables, in a function literal.
//
// An input that declares variables runs its statements at the package
// level of the program the session keeps (its variables are the
// session's). There yaegi v0.16.1 confuses the variables declared inside
// a block of such code (a for's or an if's body, a case, a bare block)
// with others of the same frame: a short declaration from a call of
// several results lost its variables, and a declaration in a loop's body
// wrote to another's slot, and the input was refused in the
// interpreter's words or panicked:
//
//	n := 0; for _, x := range xs { if v, ok := x.(int); ok { n += v } }
//	-> input 2:44: undefined: ok
//	c := 0; for _, k := range keys { v, ok := m[k]; ... }
//	-> panic: reflect: call of reflect.Value.SetInt on bool Value
//
// A top-level statement with a block that declares variables runs in a
// function literal of its own, as the statements of an input that
// declares nothing do (frontend.go), where the interpreter keeps a
// function's variables as Go does; the input's own variables, declared
// at the top level, stay the session's:
//
//	n := 0; for ... { ... }  ->  n := 0; func() { for ... { ... } }()
//
// A statement that leaves the function it would be in (return, goto, a
// defer, which would run at the literal's end) is left as it is.

// lowerTopBlocks wraps the statements described above.
func (w *rewriter) lowerTopBlocks() {
	if w.mode == ModeScript || w.plan.Seg.Kind != gosrc.SegStmt || len(w.plan.Decls) == 0 {
		return
	}
	info := w.info()
	for _, st := range w.file.Decls[0].(*ast.FuncDecl).Body.List {
		switch st.(type) {
		case *ast.BlockStmt, *ast.ForStmt, *ast.RangeStmt, *ast.IfStmt, *ast.SwitchStmt, *ast.TypeSwitchStmt, *ast.SelectStmt, *ast.LabeledStmt:
		default:
			continue
		}
		declares, leaves := false, false
		ast.Inspect(st, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncLit:
				return false
			case *ast.ReturnStmt, *ast.DeferStmt:
				leaves = true
			case *ast.BranchStmt:
				if n.Tok.String() == "goto" {
					leaves = true
				}
			case *ast.Ident:
				if _, ok := info.Defs[n].(*types.Var); ok {
					declares = true
				}
			}
			return !leaves
		})
		if !declares || leaves {
			continue
		}
		start, end := w.offset(st.Pos()), w.offset(st.End())
		w.add(start, start, "func() { ", -100)
		w.add(end, end, " }()", 100)
	}
}
