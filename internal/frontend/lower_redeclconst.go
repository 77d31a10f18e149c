package frontend

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/types"
	"strconv"
	"strings"
)

// Lowering: a constant or a function of the session declared again as a
// variable by an input that reads the old one.
//
// The interpreter makes an input's new variables when it compiles the
// input, so each mention of the name in it reads the new variable (see
// redeclaredVars, which handles the session's variables): with const c =
// 10 in the session, c := c + 1 made c 1, not 11, and f := f() + 1 with a
// function f crashed the interpreter's compiler. A constant's value is
// known to the type checker, so the old constant's mentions become its
// value, written as a constant of its type:
//
//	c := c + 1  ->  c := (10) + 1
//
// A function's mentions are refused, with the way around: give the
// variable another name.

// redeclaredConstsFuncs rewrites or refuses the mentions described above.
func (w *rewriter) redeclaredConstsFuncs() error {
	info := w.info()
	if info == nil {
		return nil
	}
	redecl := map[string]nameKind{}
	for _, d := range w.plan.Decls {
		if n := w.fe.Names[d.Name]; d.Value && n != nil && (n.Kind == kindConst || n.Kind == kindFunc) {
			redecl[d.Name] = n.Kind
		}
	}
	if len(redecl) == 0 {
		return nil
	}
	var err error
	var visit func(n ast.Node) bool
	visit = func(n ast.Node) bool {
		if err != nil {
			return false
		}
		switch n := n.(type) {
		case *ast.SelectorExpr:
			ast.Inspect(n.X, visit)
			return false
		case *ast.KeyValueExpr:
			ast.Inspect(n.Value, visit)
			return false
		case *ast.Ident:
			kind, ok := redecl[n.Name]
			if n.Obj != nil || !ok {
				break
			}
			pos := w.src.Position(w.offset(n.Pos()))
			if kind == kindFunc {
				err = &Error{Pos: pos, Msg: fmt.Sprintf("%s: the input declares the function %s again as a variable and uses the function: the interpreter cannot do both in one input; give the variable another name", n.Name, n.Name)}
				return false
			}
			c, ok := info.Uses[n].(*types.Const)
			lit, ok2 := "", false
			if ok {
				lit, ok2 = w.constText(c, n)
			}
			if !ok2 {
				err = &Error{Pos: pos, Msg: fmt.Sprintf("%s: the input declares the constant %s again as a variable and reads the constant: the interpreter cannot do both in one input; give the variable another name", n.Name, n.Name)}
				return false
			}
			w.add(w.offset(n.Pos()), w.offset(n.End()), lit, 0)
		}
		return true
	}
	ast.Inspect(w.file.Decls[0].(*ast.FuncDecl).Body, visit)
	return err
}

// constText writes the constant c as source text of the same value and
// type, for use at id.
func (w *rewriter) constText(c *types.Const, id *ast.Ident) (string, bool) {
	v := c.Val()
	var lit string
	switch v.Kind() {
	case constant.Bool:
		lit = v.ExactString()
	case constant.String:
		lit = strconv.Quote(constant.StringVal(v))
	case constant.Int:
		lit = v.ExactString()
		if b, ok := c.Type().(*types.Basic); ok && b.Kind() == types.UntypedRune {
			if r, exact := constant.Int64Val(v); exact && r >= 0 && r <= 0x10FFFF {
				lit = strconv.QuoteRune(rune(r))
			}
		}
	case constant.Float:
		lit = v.ExactString()
		if num, den, ok := strings.Cut(lit, "/"); ok {
			lit = num + ".0/" + den
		} else if !strings.ContainsAny(lit, ".eE") {
			lit += ".0"
		}
	default:
		return "", false
	}
	if b, ok := c.Type().(*types.Basic); ok && b.Info()&types.IsUntyped != 0 {
		return "(" + lit + ")", true
	}
	typ, ok := w.typeSource(c.Type(), id.Pos())
	if !ok {
		return "", false
	}
	return "(" + typ + ")(" + lit + ")", true
}
