package frontend

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
)

// Lowering: a string's byte where a package-level variable is declared.
//
// yaegi v0.16.1 fails to compile a package-level variable whose
// initializer indexes a string: var c = s[0] is "constant definition
// loop", and so is ch := s[i] at the prompt, whose top-level variables
// are the package's; d := s[1] - s[0] or z := s[0] == 'a' failed with a
// nil dereference inside the interpreter. A conversion of the byte to
// byte, which the interpreter compiles, takes the index's place there
// (outside any function, and in the statements of a prompt input):
//
//	c := s[i]  ->  c := byte(s[i])
//
// Indexes of strings inside functions compile, and are left alone.
func (w *rewriter) lowerStringIndexInits(in *inspector.Inspector) {
	info := w.info()
	if info == nil {
		return
	}
	in.WithStack([]ast.Node{(*ast.IndexExpr)(nil)}, func(n ast.Node, push bool, stack []ast.Node) bool {
		if !push {
			return true
		}
		ix := n.(*ast.IndexExpr)
		if b, ok := underlying(info.TypeOf(ix.X)).(*types.Basic); !ok || b.Info()&types.IsString == 0 {
			return true
		}
		if tv := info.Types[ix]; tv.Value != nil {
			return true // a constant's byte: a constant
		}
		for _, s := range stack {
			switch s := s.(type) {
			case *ast.FuncLit:
				return true
			case *ast.FuncDecl:
				if w.mode == ModeScript || w.mode == ModeLoad || s.Name.Name != "_" {
					return true // a function's code (the prompt's statements are in func _)
				}
			}
		}
		w.wrapArg(ix, "byte(", -4)
		w.add(w.offset(ix.End()), w.offset(ix.End()), ")", 4)
		return true
	})
}
