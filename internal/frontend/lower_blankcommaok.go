package frontend

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ast/inspector"
)

// A map index or a receive in the comma-ok form with both results blank.
//
// _, _ = m[k] and _, _ = <-ch still look k up and receive in Go (a key of
// a type that cannot be hashed panics, a receive waits for a value).
// yaegi v0.16.1 skipped the lookup (_, _ = m[k] with k a slice in an any
// did not panic) and failed on the receive (reflect.Set: value of type int
// is not assignable to type chan int). With neither result used, the
// comma-ok form is the plain one:
//
//	_, _ = m[k]   ->  _ = m[k]
//	_, _ = <-ch   ->  _ = <-ch

// lowerBlankCommaOK rewrites the assignments described above.
func (w *rewriter) lowerBlankCommaOK(in *inspector.Inspector) {
	info := w.info()
	in.Preorder([]ast.Node{(*ast.AssignStmt)(nil)}, func(n ast.Node) {
		as := n.(*ast.AssignStmt)
		if as.Tok != token.ASSIGN || len(as.Lhs) != 2 || len(as.Rhs) != 1 || !isBlank(as.Lhs[0]) || !isBlank(as.Lhs[1]) {
			return
		}
		switch r := ast.Unparen(as.Rhs[0]).(type) {
		case *ast.IndexExpr:
			if _, ok := info.TypeOf(r.X).Underlying().(*types.Map); !ok {
				return
			}
		case *ast.UnaryExpr:
			if r.Op != token.ARROW {
				return
			}
		default:
			return
		}
		w.add(w.offset(as.Lhs[0].Pos()), w.offset(as.Lhs[1].End()), "_", 0)
	})
}

// A receive in the comma-ok form with only the value blank.
//
// yaegi v0.16.1 fails on _, ok = <-ch: it stores the received value where
// ok is (reflect.Set: value of type int is not assignable to type
// func(string), a panic at the function's first line). The declaring form
// _, ok := <-ch it runs, but not at the top level of an input, where
// lower_redefine.go makes it an assignment. The value goes to a variable
// of its own instead, declared before the statement:
//
//	_, ok = <-ch  ->  var __rv1 int; __rv1, ok = <-ch
//
// A statement of an if, for or switch header, and one whose element type
// cannot be written where it is, are refused.

// lowerBlankRecvValue rewrites the receives described above.
func (w *rewriter) lowerBlankRecvValue(in *inspector.Inspector) {
	info := w.info()
	if info == nil {
		return
	}
	in.WithStack([]ast.Node{(*ast.AssignStmt)(nil)}, func(n ast.Node, push bool, stack []ast.Node) bool {
		if !push || len(stack) < 2 {
			return true
		}
		as := n.(*ast.AssignStmt)
		if len(as.Lhs) != 2 || len(as.Rhs) != 1 || !isBlank(as.Lhs[0]) || isBlank(as.Lhs[1]) || w.ifaceCommaOK[as] {
			return true
		}
		if as.Tok == token.DEFINE && !w.inputTop(stack) {
			return true // the interpreter declares it right
		}
		r, ok := ast.Unparen(as.Rhs[0]).(*ast.UnaryExpr)
		if !ok || r.Op != token.ARROW {
			return true
		}
		ch, ok := underlying(info.TypeOf(r.X)).(*types.Chan)
		if !ok {
			return true
		}
		refusal := "comma-ok receive with the value blank (_, " + w.text(as.Lhs[1]) + " = <-...): the interpreter stores the value where " + w.text(as.Lhs[1]) + " is"
		switch p := stack[len(stack)-2].(type) {
		case *ast.BlockStmt, *ast.CaseClause, *ast.LabeledStmt:
		case *ast.CommClause:
			if p.Comm == ast.Stmt(as) {
				return true // a select case's receive: right
			}
		default:
			w.refuse(as, refusal+" (in a header, where the shell cannot give it a variable of its own); receive into a variable (v, ok = <-ch) or in a statement of its own")
			return true
		}
		if !expressible(ch.Elem()) {
			w.refuse(as, refusal+" (a channel of a type declared in a function, which the shell cannot name there); receive into a variable (v, ok = <-ch)")
			return true
		}
		name := w.tmpName("rv")
		at := w.offset(as.Pos())
		w.addOuter(at, at, fmt.Sprintf("var %s %s; ", name, w.argTypeSource(ch.Elem(), as.Pos())), -20)
		w.add(w.offset(as.Lhs[0].Pos()), w.offset(as.Lhs[0].End()), name, 0)
		return true
	})
}

// A comma-ok assignment to variables of other types than its results'.
//
// yaegi v0.16.1 stores the results of v, ok = m[k] (a receive, a type
// assertion) into the variables as it finds them: where ok is of an
// interface type (var ok any), it panicked in reflection's words
// (reflect: call of reflect.Value.SetBool on interface Value), and where
// v's is an interface the element's type is not, likewise. The results go
// to variables of their own types first, declared by the statement (so a
// missing key leaves the value zero, lower_mapcommaok.go's concern):
//
//	v, ok = m[k]  ->  var __ck1 int; var __ck2 bool; __ck1, __ck2 = m[k]; v = __ck1; ok = __ck2;
//
// Only a statement of a block, or an if or switch statement's init
// (which goes before its statement, in a block: see moveInit), whose left
// side has no calls (whose operands Go evaluates before the value), nor a
// map's element (lower_mapassign.go's).

// lowerIfaceCommaOK rewrites the assignments described above.
func (w *rewriter) lowerIfaceCommaOK(in *inspector.Inspector) {
	info := w.info()
	if info == nil {
		return
	}
	in.WithStack([]ast.Node{(*ast.AssignStmt)(nil)}, func(n ast.Node, push bool, stack []ast.Node) bool {
		as := n.(*ast.AssignStmt)
		if !push || len(stack) < 2 || as.Tok != token.ASSIGN || len(as.Lhs) != 2 || len(as.Rhs) != 1 {
			return true
		}
		var header ast.Stmt // an if or switch statement whose init as is, to move before it
		switch p := stack[len(stack)-2].(type) {
		case *ast.BlockStmt, *ast.CaseClause:
		case *ast.CommClause:
			if p.Comm == ast.Stmt(as) {
				return true
			}
		case *ast.IfStmt, *ast.SwitchStmt, *ast.TypeSwitchStmt:
			h := p.(ast.Stmt)
			if headerInit(h) != ast.Stmt(as) {
				return true
			}
			if !w.movedInits[as] { // (else a statement already: typeSwitch, lower_emptyswitch.go)
				header = h
			}
		default:
			return true
		}
		x := ast.Unparen(as.Rhs[0])
		if _, assert := x.(*ast.TypeAssertExpr); !assert && !commaOKOperand(info, x) {
			return true
		}
		results := []types.Type{info.TypeOf(x), types.Typ[types.Bool]}
		if tuple, ok := results[0].(*types.Tuple); ok && tuple.Len() == 2 {
			results = []types.Type{tuple.At(0).Type(), tuple.At(1).Type()} // the comma-ok form's, as go/types records it
		}
		need := false
		for i, l := range as.Lhs {
			if isBlank(l) {
				continue
			}
			if hasCallOrRecv(l) {
				return true
			}
			if ix, ok := ast.Unparen(l).(*ast.IndexExpr); ok {
				if _, isMap := underlying(info.TypeOf(ix.X)).(*types.Map); isMap {
					return true // through a variable of its own (lower_mapassign.go)
				}
			}
			t := info.TypeOf(l)
			if t == nil || types.Identical(t, results[i]) || !types.IsInterface(t) {
				continue
			}
			if iface, _ := t.Underlying().(*types.Interface); i == 0 && iface != nil && iface.NumMethods() > 0 && !types.Identical(t, errorType0) {
				// A value into an interface with methods the interpreter
				// stores right; through a variable of its type, one of a
				// named type with methods failed to go in (Go's
				// test/typeparam/issue50642.go: reflect.Set of
				// interp.valueInterface). (Not error: a *E of the
				// program's went in as the interpreter's struct, without
				// its methods: reflect.Set ... not assignable to type
				// error.)
				continue
			}
			need = true
		}
		if !need {
			return true
		}
		text := ""
		var temps, targets, values []string
		for i, t := range results {
			ts, ok := w.typeSource(t, as.Pos())
			if !ok {
				return true
			}
			tmp := w.tmpName("ck")
			text += fmt.Sprintf("var %s %s; ", tmp, ts)
			temps = append(temps, tmp)
			if !isBlank(as.Lhs[i]) {
				targets = append(targets, w.moved(as.Lhs[i]))
				values = append(values, w.asError(t, info.TypeOf(as.Lhs[i]), tmp, ts))
			}
		}
		text += temps[0] + ", " + temps[1] + " = " + w.moved(as.Rhs[0]) + "; "
		text += strings.Join(assignments(targets, values, w.separable(as.Lhs)), "; ")
		if w.ifaceCommaOK == nil {
			w.ifaceCommaOK = map[*ast.AssignStmt]bool{}
		}
		w.ifaceCommaOK[as] = true
		w.vacate(as, text)
		if header != nil {
			var labeled *ast.LabeledStmt
			if len(stack) >= 3 {
				labeled, _ = stack[len(stack)-3].(*ast.LabeledStmt)
			}
			if w.movedInits == nil {
				w.movedInits = map[ast.Stmt]bool{}
			}
			w.movedInits[as] = true
			w.moveInit(header, labeled, as, "", "")
		}
		return true
	})
}

// headerInit returns the init statement of s, an if or switch statement.
func headerInit(s ast.Stmt) ast.Stmt {
	switch s := s.(type) {
	case *ast.IfStmt:
		return s.Init
	case *ast.SwitchStmt:
		return s.Init
	case *ast.TypeSwitchStmt:
		return s.Init
	}
	return nil
}

// asError returns v, a variable of type t written typ, as the value
// assigned to a target of type target: where target is error and t an
// error type of the program's, boxed or a typed nil, as lowerTypedNil
// converts the value of such an assignment in the program's text.
func (w *rewriter) asError(t, target types.Type, v, typ string) string {
	switch {
	case !isErrorType(target):
		return v
	case boxedErrorType(t):
		prefix, suffix := w.boxError(t)
		return prefix + v + suffix
	case typedNilType(t):
		return typedNilErrorFunc(t, typ) + "(" + v + ")"
	}
	return v
}
