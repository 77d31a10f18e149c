package frontend

import (
	"fmt"
	"go/ast"
	"go/types"
	"maps"
	"slices"
	"strings"

	"golang.org/x/tools/go/ast/inspector"
)

// Lowering: an assertion to an interface of a value compiled code may have
// handed back without its type's name.
//
// yaegi v0.16.1 hands compiled code a value of a named type that is not a
// struct (type Color int, type Path []string) in an interface as its
// representation (an int, a []string): container/list's PushBack(Color(1))
// stores an int, and e.Value gives it back as one, without Color's
// methods. An assertion of it to an interface Color implements
// (e.Value.(fmt.Stringer)) then failed where Go's succeeds: the comma-ok
// form said false, a type switch took another case, with no error. An
// assertion to Color itself is refused as a twin (see lower_assert.go);
// fmt's printing of such a value panics saying so (HeldNameLost, see
// lower_fmtheld.go).
//
// So where the program hands such a type to compiled code in an interface
// (lost, see lower_twinheld.go), the operand of an assertion to an
// interface that type implements (a comma-ok or single-valued assertion,
// or a type switch with such a case), unless it is proven the program's
// own (see compiledflow.go: a value it made, not one compiled code may
// have handed back, as list.Element.Value, heap.Pop or sync.Map.Load give
// and the program keeps), is checked when it runs: a value of the
// representation the interpreter holds bare panics, naming the type it
// may be, rather than be answered as a plain int:
//
//	s, ok := e.Value.(fmt.Stringer)
//	  ->
//	s, ok := __repl.AssertLost("f.go:9:14", e.Value, "type assertion to fmt.Stringer", "int", "main.Color").(fmt.Stringer)
//
// (An operand of another interface type goes through a function literal
// of that type.)
//
// A value the interpreter holds with its type's name (put in an interface
// by interpreted code) passes, as does one of another representation.

// lowerAssertLost wraps the operands described above.
func (w *rewriter) lowerAssertLost(in *inspector.Inspector) {
	info := w.info()
	c := w.plan.Checked
	if info == nil || c == nil || c.twins == nil {
		return
	}
	st := w.fe.Types.twins
	if c.twins.compiled == nil && (st == nil || !st.compiled) {
		return
	}
	var lost []*types.Named
	for _, tn := range checkedTypes(c, slices.Collect(maps.Values(w.fe.Types.Objs))) {
		n, ok := types.Unalias(tn.Type()).(*types.Named)
		if !ok || types.IsInterface(n) || isStructType(n) || n.TypeArgs().Len() > 0 || heldBare(n) || types.NewMethodSet(n).Len() == 0 {
			continue
		}
		if _, ptr := n.Underlying().(*types.Pointer); ptr {
			continue
		}
		if k := heldKey(n); c.twins.lost[k] || st != nil && st.lost[k] {
			lost = append(lost, n)
		}
	}
	if len(lost) == 0 {
		return
	}
	// pairs returns the representations and names of the lost types
	// implementing one of ifaces, for AssertLost.
	pairs := func(ifaces []types.Type) []string {
		var out []string
		for _, n := range lost {
			if slices.ContainsFunc(ifaces, func(t types.Type) bool {
				i, ok := t.Underlying().(*types.Interface)
				return ok && i.NumMethods() > 0 && types.Implements(n, i)
			}) {
				out = append(out, fmt.Sprintf("%q, %q", reflectString(n.Underlying()), reflectString(n)))
			}
		}
		return out
	}
	wrap := func(x ast.Expr, what string, ps []string) {
		t := info.TypeOf(x)
		if t == nil || !types.IsInterface(t) || len(ps) == 0 || !w.fromCompiled(x) {
			return
		}
		pos, end := w.src.Position(w.offset(x.Pos())), w.offset(x.End())
		rest := fmt.Sprintf(", %q, %s)", what, strings.Join(ps, ", "))
		if iface, _ := t.Underlying().(*types.Interface); iface != nil && iface.Empty() {
			// An any: AssertLost gives it back.
			w.wrapArg(x, fmt.Sprintf("%s.AssertLost(%q, ", HelperPkg, pos), -5)
			w.add(end, end, rest, 5)
			return
		}
		src, ok := w.typeSource(t, x.Pos())
		if !ok {
			return
		}
		w.wrapArg(x, fmt.Sprintf("func(__v %s) %s { %s.AssertLost(%q, __v%s; return __v }(", src, src, HelperPkg, pos, rest), -5)
		w.add(end, end, ")", 5)
	}
	in.Preorder([]ast.Node{(*ast.TypeAssertExpr)(nil), (*ast.TypeSwitchStmt)(nil)}, func(n ast.Node) {
		switch n := n.(type) {
		case *ast.TypeAssertExpr:
			if n.Type == nil {
				return // a type switch's x.(type), below
			}
			t := info.TypeOf(n.Type)
			if t == nil || !types.IsInterface(t) {
				return
			}
			wrap(n.X, "type assertion to "+TypeText(t), pairs([]types.Type{t}))
		case *ast.TypeSwitchStmt:
			x := typeSwitchOperand(n)
			var ifaces []types.Type
			var names []string
			for _, cc := range n.Body.List {
				for _, e := range cc.(*ast.CaseClause).List {
					if t := info.TypeOf(e); t != nil && types.IsInterface(t) && !isNilIdent(e) {
						ifaces = append(ifaces, t)
						names = append(names, TypeText(t))
					}
				}
			}
			wrap(x, "type switch case "+strings.Join(names, ", "), pairs(ifaces))
		}
	})
}

// fromCompiled reports whether e's value may be, or hold, one compiled
// code handed back in an interface: it is not proven the program's own
// (see compiledflow.go).
func (w *rewriter) fromCompiled(e ast.Expr) bool {
	c := w.plan.Checked
	if c == nil || c.twins == nil {
		return true
	}
	return c.twins.flow.Expr(e)
}
