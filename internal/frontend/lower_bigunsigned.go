package frontend

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
)

// Lowering: untyped integer constants past int64 given an unsigned type.
//
// yaegi v0.16.1 takes an untyped integer constant as an int64 where Go
// gives it the type of where it goes: func Total() uint64 { return
// math.MaxUint64 } failed to compile ("constant 18446744073709551615
// overflows int64"; at the prompt the function was declared anyway, and
// returned 0). The pass converts such a constant to the type the type
// checker gave it, which the interpreter converts exactly:
//
//	return math.MaxUint64  ->  return uint64(math.MaxUint64)

// lowerBigUnsigned converts the constants described above.
func (w *rewriter) lowerBigUnsigned(in *inspector.Inspector) {
	info := w.info()
	if info == nil {
		return
	}
	var done []ast.Node // converted: what they contain is not
	in.WithStack([]ast.Node{(*ast.BasicLit)(nil), (*ast.Ident)(nil), (*ast.SelectorExpr)(nil), (*ast.BinaryExpr)(nil), (*ast.UnaryExpr)(nil), (*ast.ParenExpr)(nil)}, func(n ast.Node, push bool, stack []ast.Node) bool {
		if !push {
			return true
		}
		for _, d := range done {
			if d.Pos() <= n.Pos() && n.End() <= d.End() {
				return false
			}
		}
		for _, s := range stack {
			if g, ok := s.(*ast.GenDecl); ok && g.Tok == token.CONST {
				return false // the constant declarations' (lower_constval.go)
			}
		}
		e := n.(ast.Expr)
		tv, ok := info.Types[e]
		if !ok || tv.Value == nil || tv.Value.Kind() != constant.Int {
			return true
		}
		switch e.(type) {
		case *ast.BinaryExpr, *ast.UnaryExpr, *ast.ParenExpr, *ast.BasicLit:
			if foldable(info, e) {
				return false // written with its type (lowerConstExprs)
			}
		}
		if _, fits := constant.Int64Val(tv.Value); fits {
			return true
		}
		b, ok := tv.Type.Underlying().(*types.Basic)
		if !ok || b.Info()&types.IsUnsigned == 0 || b.Info()&types.IsUntyped != 0 {
			return true
		}
		typ, ok := w.typeSource(tv.Type, e.Pos()) // a named one too (type U64 uint64)
		if !ok {
			return true
		}
		if len(stack) >= 2 {
			if call, ok := stack[len(stack)-2].(*ast.CallExpr); ok && len(call.Args) == 1 && call.Args[0] == n {
				if ftv, ok := info.Types[call.Fun]; ok && ftv.IsType() {
					return false // converted already
				}
			}
		}
		done = append(done, n)
		w.wrapArg(e, typ+"(", -1)
		w.add(w.offset(e.End()), w.offset(e.End()), ")", 1)
		return false
	})
}
