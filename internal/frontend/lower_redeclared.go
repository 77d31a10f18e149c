package frontend

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
)

// Interfaces assigned again by a short declaration.
//
// A short declaration of several variables assigns those already
// declared in its block (err, ok := m[k] after var err error). yaegi
// v0.16.1 gets such a variable wrong where it is an interface given a
// value of another type, as it does in an assignment of several values
// (see lowerIfaceTuple, lowerIfaceCommaOK): a nil *E went into an error as
// nil (err != nil false, as err, ok = m[k] did before asError), a Tag into
// an any without its String (in a loop), which the lowerings of those
// assignments do not see, as the statement is a declaration. The variable's
// place goes to a new one, of the value's type, assigned to it after as a
// statement of its own:
//
//	err, ok := m[k]  ->  __rd1, ok := m[k]; err = __rd1
//
// (boxed or a typed nil where err is an error and the value one of the
// program's: see assignedValue). Only in a list of statements, a header's
// short declaration declares every variable anew; where the right side is
// a list of values, lowerRedefines' variables do it, but in a labeled
// statement, which it leaves.

// lowerRedeclaredIfaces rewrites the declarations described above.
func (w *rewriter) lowerRedeclaredIfaces(in *inspector.Inspector) {
	info := w.info()
	if info == nil {
		return
	}
	in.WithStack([]ast.Node{(*ast.AssignStmt)(nil)}, func(n ast.Node, push bool, stack []ast.Node) bool {
		as := n.(*ast.AssignStmt)
		if !push || as.Tok != token.DEFINE || len(as.Lhs) < 2 || len(stack) < 2 || w.inputTop(stack) || w.loopCommaOK[as] {
			return true
		}
		switch p := stack[len(stack)-2].(type) {
		case *ast.BlockStmt, *ast.CaseClause, *ast.CommClause:
			if len(as.Rhs) > 1 {
				return true // each value into a variable first (lower_redefine.go)
			}
			if c, ok := p.(*ast.CommClause); ok && c.Comm == ast.Stmt(as) {
				return true
			}
		case *ast.LabeledStmt:
		default:
			return true
		}
		var after string
		for i, l := range as.Lhs {
			id, ok := l.(*ast.Ident)
			if !ok || id.Name == "_" || info.Defs[id] != nil {
				continue // declared here
			}
			target := info.TypeOf(id)
			var value types.Type
			if len(as.Rhs) == 1 {
				value = tupleValueType(info, as.Rhs[0], i)
			} else if i < len(as.Rhs) {
				value = info.TypeOf(as.Rhs[i])
			}
			if !redeclaredIface(target, value) {
				continue
			}
			if _, ok := w.typeSource(types.Default(value), id.Pos()); !ok {
				continue
			}
			tmp := w.tmpName("rd")
			if w.redeclTemps == nil {
				w.redeclTemps = map[*ast.Ident]string{}
			}
			w.redeclTemps[id] = tmp
			after += "; " + w.moved(id) + " = " + w.assignedValue(types.Default(value), target, tmp, id.Pos())
			w.vacate(id, tmp)
		}
		if after != "" {
			end := w.offset(as.End())
			w.addOuter(end, end, after, 70) // (after lowerMapCommaOK's fix, which sets the new variable)
		}
		return true
	})
}

// redeclaredIface reports whether a variable of type target, assigned a
// value of type value by a short declaration, needs a variable of its own
// (see the doc above): an interface, not a type parameter's, given a value
// of another type, not an interface nor nil.
func redeclaredIface(target, value types.Type) bool {
	if target == nil || value == nil || !types.IsInterface(target) || isTypeParam(target) || types.IsInterface(value) || types.Identical(target, value) {
		return false
	}
	b, ok := value.(*types.Basic)
	return !ok || b.Kind() != types.UntypedNil
}
