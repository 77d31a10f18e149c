package frontend

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ast/inspector"
)

// Switches with a tag compared as interfaces, with nil, or across channel
// directions.
//
// yaegi v0.16.1 runs case v: of switch x by converting x to v's type where
// it is not assignable to it and comparing the two as interfaces. So a
// switch on an interface with a constant case panicked (switch x { case
// "hello": } with x any: "reflect.Value.Convert: value of type interface {}
// cannot be converted to type string"); case nil never ran for a nil
// pointer, slice, map, channel or function; a chan T never matched the
// same channel as a <-chan T; and interfaces holding values of the
// program's types with methods were compared as the interpreter's
// wrappers (switch err { case ErrC: } never matched a constant of an
// error type of the program's).
//
// It tried only the first expression of a case of several that are not
// constants or variables (case f(1), f(2); case x+1, y*2; case Pt{1, 0},
// Pt{0, 1}), and matched no case of a switch with an init statement and a
// tag other than a variable (switch f := strings.Fields(s); f[0]).
//
// Where a case compares with nil, or an interface takes part, or channel
// types differ, or in the two cases above, the switch evaluates its tag once into a variable and becomes a switch
// without a tag over the comparisons Go makes, tried in order: with nil as
// ==, an interface through SameValue (as lower_ifacecmp.go's ==), channels
// converted to the directional type:
//
//	switch x { case "a", 1: A; default: D }
//	  ->  switch { default: __t1 := x; switch { case __repl.SameValue(__t1, "a") || __repl.SameValue(__t1, 1): A; default: D } }
//	switch p { case nil: A }    ->  switch { default: __t1 := p; switch { case __t1 == nil: A } }
//	switch err { case ErrC: A } ->  ... case __repl.SameError(__t1, <ErrC boxed as an error>): A ...
//	switch ch { case ro: A }    ->  ... case (<-chan int)(__t1) == ro: A ...
//	switch x { case f(1), f(2): A }  ->  ... case (__t1 == f(1)) || (__t1 == f(2)): A ...
//
// The outer switch keeps the statement's init and label (break L), and a
// break in a case leaves the inner switch, which is all the outer one
// holds.
//
// Refused: a fallthrough into or out of a default clause that is not the
// switch's last (see refuseDefaultFallthrough).
//
// A switch whose channel types cannot be written where it is keeps its
// form.

// lowerSwitchTags rewrites the switches described above.
func (w *rewriter) lowerSwitchTags(in *inspector.Inspector) {
	info := w.info()
	in.Preorder([]ast.Node{(*ast.SwitchStmt)(nil)}, func(n ast.Node) {
		sw := n.(*ast.SwitchStmt)
		w.refuseDefaultFallthrough(sw.Body)
		if sw.Tag == nil || len(sw.Body.List) == 0 {
			return // no clauses: a block (lower_emptyswitch.go)
		}
		tagType := info.TypeOf(sw.Tag)
		if tagType == nil {
			return
		}
		tagIface := plainIface(tagType)
		type cmp struct {
			e    ast.Expr
			form string // a format of the tag's variable and the case's text
		}
		var cmps []cmp
		// yaegi matched no case of a switch with an init statement and a
		// tag other than a variable (switch x := 5; x * 2), and tried
		// only the first of case f(1), f(2) or case x+1, y*2.
		// (A switch true's lists are lowerTaglessCases'.)
		_, tagVar := ast.Unparen(sw.Tag).(*ast.Ident)
		tv := info.Types[sw.Tag]
		tagTrue := tv.Value != nil && tv.Value.Kind() == constant.Bool && constant.BoolVal(tv.Value)
		rewrite := sw.Init != nil && !tagVar && !tagTrue
		for _, s := range sw.Body.List {
			if list := s.(*ast.CaseClause).List; !tagTrue && len(list) > 1 && slices.ContainsFunc(list, func(e ast.Expr) bool { return !plainCase(info, e) }) {
				rewrite = true
			}
			for _, e := range s.(*ast.CaseClause).List {
				tv, ok := info.Types[e]
				if !ok || tv.Type == nil {
					return
				}
				form := "%[1]s == %[2]s"
				if b, ok := ast.Unparen(e).(*ast.BinaryExpr); ok && b.Op.Precedence() <= token.EQL.Precedence() {
					// (Only there: the interpreter failed on (t == (0)) || ...,
					// "reflect: call of reflect.Value.Bool on int Value".)
					form = "%[1]s == (%[2]s)"
				}
				switch {
				case tv.IsNil():
					form = "%[1]s == nil"
					rewrite = rewrite || !tagIface
				case isErrorType(tagType) && types.Implements(tv.Type, errorType):
					// As err == ErrC: a value of an error type of the
					// program's boxed as lower_errbox.go boxes one, the
					// two compared as errors (SameValue took the box for
					// another value: case ErrC never matched).
					if !types.IsInterface(tv.Type) {
						w.wrapAsError(e, errorType0)
					}
					form = HelperPkg + ".SameError(%[1]s, %[2]s)"
					rewrite = true
				case tagIface || plainIface(tv.Type):
					form = HelperPkg + ".SameValue(%[1]s, %[2]s)"
					rewrite = true
				case !types.Identical(tagType, tv.Type):
					tc, okT := tagType.Underlying().(*types.Chan)
					vc, okV := tv.Type.Underlying().(*types.Chan)
					if !okT || !okV {
						break // a constant of the tag's type
					}
					to, from := tv.Type, "%[1]s"
					if tc.Dir() != types.SendRecv || vc.Dir() == types.SendRecv {
						to, from = tagType, "%[2]s"
					}
					ts, ok := w.typeSource(to, sw.Pos())
					if !ok {
						return
					}
					if from == "%[1]s" {
						form = "(" + ts + ")(%[1]s) == (%[2]s)"
					} else {
						form = "%[1]s == (" + ts + ")(%[2]s)"
					}
					rewrite = true
				}
				cmps = append(cmps, cmp{e, form})
			}
		}
		if !rewrite {
			return
		}
		tmp := w.tmpName("t")
		tagStart, tagEnd := w.offset(sw.Tag.Pos()), w.offset(sw.Tag.End())
		w.add(tagStart, tagStart, "{ default: "+tmp+" := ", -20)
		w.add(tagEnd, tagEnd, "; switch", 20)
		end := w.offset(sw.Body.End())
		w.add(end, end, " }", 20)
		for _, s := range sw.Body.List {
			list := s.(*ast.CaseClause).List
			for i, e := range list {
				var c cmp
				for _, x := range cmps {
					if x.e == e {
						c = x
					}
				}
				w.vacate(e, "("+fmt.Sprintf(c.form, tmp, w.moved(e))+")")
				if i+1 < len(list) {
					w.add(w.offset(e.End()), w.offset(list[i+1].Pos()), " || ", 0)
				}
			}
		}
	})
}

// refuseDefaultFallthrough refuses a fallthrough into or out of a default
// clause that is not a switch's last: yaegi v0.16.1 runs the default
// clause as if it were the last, so the fallthrough went to the clause
// after the one Go goes to (or to none).
func (w *rewriter) refuseDefaultFallthrough(body *ast.BlockStmt) {
	clauses := body.List
	for i, s := range clauses {
		if s.(*ast.CaseClause).List != nil || i == len(clauses)-1 {
			continue
		}
		for _, j := range []int{i - 1, i} {
			if j < 0 {
				continue
			}
			stmts := clauses[j].(*ast.CaseClause).Body
			if len(stmts) == 0 {
				continue
			}
			if br, ok := stmts[len(stmts)-1].(*ast.BranchStmt); ok && br.Tok == token.FALLTHROUGH {
				w.refuse(br, "fallthrough into or out of a default clause that is not the switch's last: the interpreter runs the default clause as if it were the last, so it would go to another clause than Go's (move the default clause to the end, or write the shared statements in both clauses)")
				return
			}
		}
	}
}

// plainCase reports whether e, a case's expression, is one the
// interpreter compares in a list of several: a constant, or a variable.
func plainCase(info *types.Info, e ast.Expr) bool {
	if tv, ok := info.Types[e]; ok && tv.Value != nil {
		return true
	}
	_, isIdent := ast.Unparen(e).(*ast.Ident)
	return isIdent
}

// plainIface reports whether t is an interface type, not a type parameter
// (whose switches the interpreter runs on the type argument).
func plainIface(t types.Type) bool {
	_, isParam := types.Unalias(t).(*types.TypeParam)
	return !isParam && types.IsInterface(t)
}
