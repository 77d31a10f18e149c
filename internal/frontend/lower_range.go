package frontend

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/ast/inspector"
)

// Range over functions.
//
// yaegi v0.16.1 does not compile a range over a function (iter.Seq,
// iter.Seq2, func(func() bool)): its compiler panics with "nil type". The
// pass lowers the loop as Go's own compiler does, to a call of the
// iterator with the body as the yield function, the loop's variables its
// parameters (so each iteration has its own, as in Go):
//
//	for k, v := range seq2 { body }
//
// becomes
//
//	{ __done := 0
//	  seq2(func(k K, v V) bool { if __done != 0 { panic(__repl.RangeContinued(__done)) }; body; return true })
//	  __done = 2 }
//
// and the control flow of the body is carried out of the function literal:
// a continue of the loop returns true, a break of it returns false; a
// break or continue of a statement outside the loop, and a return from the
// enclosing function, set a variable (__ctl, declared before the outermost
// such loop), return false, and are done again after the call, through as
// many nested loops as there are (a return's values wait in variables of
// the function's result types, each set by an assignment of its own: the
// interpreter's tuple assignment lost the others when one to an interface
// was a call or a composite literal, return v, errors.New("found") gave
// 0 found, and return v, nil panicked). An iterator that calls yield
// again after it returned false (__done 1), or after the loop (2),
// panics with Go's run-time error.
//
// A defer in the body is kept on a list of the outermost such loop, run
// when the function returns (see lowerRangeFuncDefer).
//
// Refused: a goto out of the body of such a loop (one to a label in it
// stays in the literal), a deferred call there that calls recover, and a
// loop whose variables or results have a type the code cannot name where
// it is.
//
// The range over an integer is the rewriter's (rangeStmt); with the types
// known it needs no guess.

// rfLoop is one range over a function being lowered.
type rfLoop struct {
	n      *ast.RangeStmt
	done   string   // the variable saying the loop is over
	root   *rfLoop  // the outermost lowered loop of the function around n
	ctl    string   // the root's control variable
	rv     []string // the root's result variables
	checks []string // what to do after the call
	seen   map[int]bool
	fn     *types.Signature // the enclosing function's
	codes  int              // the root's last control code
	defers string           // the root's list of deferred calls (see lowerRangeFuncDefer)
}

// lowerRangeFunc lowers the ranges over functions.
func (w *rewriter) lowerRangeFunc(in *inspector.Inspector) error {
	info := w.info()
	loops := map[*ast.RangeStmt]*rfLoop{}
	var err error
	fail := func(pos token.Pos, msg string) {
		if err == nil {
			err = &Error{Pos: w.src.Position(w.offset(pos)), Msg: msg}
		}
	}
	// lowered returns the lowered loops among stack[from:], innermost first.
	lowered := func(stack []ast.Node, from int) []*rfLoop {
		var out []*rfLoop
		for i := len(stack) - 1; i >= from; i-- {
			if r, ok := stack[i].(*ast.RangeStmt); ok && loops[r] != nil {
				out = append(out, loops[r])
			}
		}
		return out
	}
	// boundary is the index in stack of the function around the node.
	boundary := func(stack []ast.Node) int {
		for i := len(stack) - 1; i >= 0; i-- {
			switch stack[i].(type) {
			case *ast.FuncLit, *ast.FuncDecl:
				return i
			}
		}
		return -1
	}
	filter := []ast.Node{(*ast.RangeStmt)(nil), (*ast.BranchStmt)(nil), (*ast.ReturnStmt)(nil), (*ast.DeferStmt)(nil), (*ast.FuncLit)(nil), (*ast.FuncDecl)(nil)}
	in.WithStack(filter, func(n ast.Node, push bool, stack []ast.Node) bool {
		if err != nil {
			return false
		}
		switch n := n.(type) {
		case *ast.RangeStmt:
			if !push {
				if l := loops[n]; l != nil {
					w.closeRangeFunc(l)
				}
				return true
			}
			sig := rangeFuncSig(info.TypeOf(n.X))
			if sig == nil {
				return true
			}
			b := boundary(stack)
			outer := lowered(stack[:len(stack)-1], b+1)
			l := &rfLoop{n: n, done: w.tmpName("done"), seen: map[int]bool{}}
			if len(outer) > 0 {
				l.root = outer[len(outer)-1]
			} else {
				l.root = l
				l.ctl = w.tmpName("ctl")
				if b >= 0 {
					switch f := stack[b].(type) {
					case *ast.FuncLit:
						l.fn, _ = info.TypeOf(f).(*types.Signature)
					case *ast.FuncDecl:
						if obj, ok := info.Defs[f.Name].(*types.Func); ok {
							l.fn = obj.Signature()
						}
					}
				}
			}
			loops[n] = l
			if lab, ok := stack[len(stack)-2].(*ast.LabeledStmt); ok && lab.Stmt == n && !gotoTarget(stack, lab.Label.Name) {
				// Every branch to the label becomes a return (a goto
				// from outside the loop keeps it: dropped, the goto
				// went nowhere, silently).
				w.add(w.offset(lab.Pos()), w.offset(lab.Colon)+1, "", 0)
			}
			if e := w.openRangeFunc(l, sig); e != "" {
				fail(n.Pos(), e)
			}
		case *ast.DeferStmt:
			if chain := lowered(stack, boundary(stack)+1); push && len(chain) > 0 {
				if e := w.lowerRangeFuncDefer(n, chain[0].root); e != "" {
					fail(n.Pos(), e)
				}
			}
		case *ast.ReturnStmt:
			if !push {
				return true
			}
			chain := lowered(stack, boundary(stack)+1)
			if len(chain) == 0 {
				return true
			}
			root := chain[len(chain)-1]
			var vals []string
			for _, r := range n.Results {
				vals = append(vals, w.moved(r))
			}
			code, after := -1, ""
			if len(vals) == 0 {
				code, after = -2, "return"
			} else {
				if root.rv == nil {
					if root.fn == nil {
						fail(n.Pos(), "return in the body of a range over a function whose enclosing function's type is unknown")
						return false
					}
					for v := range root.fn.Results().Variables() {
						t, ok := w.typeSource(v.Type(), root.n.Pos())
						if !ok {
							fail(n.Pos(), fmt.Sprintf("return in the body of a range over a function, from a function whose result type %s cannot be named at the loop", TypeText(v.Type())))
							return false
						}
						root.rv = append(root.rv, w.tmpName("rv")+" "+t)
					}
				}
				var names []string
				for _, rv := range root.rv {
					names = append(names, strings.Fields(rv)[0])
				}
				after = "return " + strings.Join(names, ", ")
				if len(vals) == len(names) {
					// One assignment a value: in a tuple assignment
					// the interpreter lost the other values when one
					// to an interface was a call or a composite
					// literal, and a nil among them panicked.
					for i, v := range vals {
						vals[i] = names[i] + " = " + v + "; "
					}
				} else {
					vals = []string{strings.Join(names, ", ") + " = " + strings.Join(vals, ", ") + "; "}
				}
			}
			w.add(w.offset(n.Pos()), w.offset(n.End()), "{ "+strings.Join(vals, "")+w.leave(chain, code, after)+" }", 0)
		case *ast.BranchStmt:
			if !push {
				return true
			}
			b := boundary(stack)
			if n.Tok == token.GOTO {
				if in := lowered(stack, b+1); len(in) > 0 && !labelIn(w.info(), n.Label, in[0].n.Body) {
					fail(n.Pos(), "goto in the body of a range over a function: the interpreter runs the body as a function literal, which a goto cannot leave")
				}
				return true // (to a label in the body, the innermost: it stays in the literal)
			}
			if n.Tok != token.BREAK && n.Tok != token.CONTINUE {
				return true
			}
			t := branchTarget(n, stack, b)
			if t < 0 {
				return true
			}
			chain := lowered(stack, t+1)
			target, _ := stack[t].(*ast.RangeStmt)
			tl := loops[target]
			if len(chain) == 0 && tl == nil {
				return true // not out of a function literal
			}
			var text string
			switch {
			case len(chain) == 0 && n.Tok == token.CONTINUE:
				text = "return true"
			case len(chain) == 0:
				text = tl.done + " = 1; return false"
			default:
				root := chain[len(chain)-1].root
				root.codes++
				var after string
				switch {
				case tl != nil && n.Tok == token.CONTINUE:
					after = root.ctl + " = 0; return true"
				case tl != nil:
					after = root.ctl + " = 0; " + tl.done + " = 1; return false"
				default:
					after = root.ctl + " = 0; " + n.Tok.String() + " " + n.Label.Name
				}
				text = w.leave(chain, root.codes, after)
			}
			w.add(w.offset(n.Pos()), w.offset(n.End()), "{ "+text+" }", 0)
		}
		return true
	})
	return err
}

// leave returns the statements that leave the lowered loops of chain
// (innermost first) from inside the innermost's body, with control code
// code, and adds to each loop what to do after its call: leave the next
// too, and after the last one, do after.
func (w *rewriter) leave(chain []*rfLoop, code int, after string) string {
	root := chain[len(chain)-1].root
	for j, l := range chain {
		if l.seen[code] {
			continue
		}
		l.seen[code] = true
		then := after
		if j < len(chain)-1 {
			then = chain[j+1].done + " = 1; return false"
		}
		l.checks = append(l.checks, fmt.Sprintf("if %s == %d { %s }; ", root.ctl, code, then))
	}
	return fmt.Sprintf("%s = %d; %s = 1; return false", root.ctl, code, chain[0].done)
}

// branchTarget returns the index in stack of the statement a break or
// continue n leaves, or -1 if it is not within the function (whose index
// is b).
func branchTarget(n *ast.BranchStmt, stack []ast.Node, b int) int {
	for i := len(stack) - 2; i > b; i-- {
		if n.Label != nil {
			if lab, ok := stack[i].(*ast.LabeledStmt); ok && lab.Label.Name == n.Label.Name {
				return i + 1
			}
			continue
		}
		switch stack[i].(type) {
		case *ast.ForStmt, *ast.RangeStmt:
			return i
		case *ast.SwitchStmt, *ast.TypeSwitchStmt, *ast.SelectStmt:
			if n.Tok == token.BREAK {
				return i
			}
		}
	}
	return -1
}

// rangeFuncSig returns the signature of the yield function of t, if t is
// a function a range can go over.
func rangeFuncSig(t types.Type) *types.Signature {
	if t == nil {
		return nil
	}
	sig, ok := t.Underlying().(*types.Signature)
	if !ok || sig.Params().Len() != 1 || sig.Results().Len() != 0 {
		return nil
	}
	yield, ok := sig.Params().At(0).Type().Underlying().(*types.Signature)
	if !ok {
		return nil
	}
	return yield
}

// openRangeFunc replaces the loop's header by the call's start; it returns
// why it cannot, if it cannot.
func (w *rewriter) openRangeFunc(l *rfLoop, yield *types.Signature) string {
	n := l.n
	var params, assign []string
	var lhs, tmps []string
	for i, e := range []ast.Expr{n.Key, n.Value} {
		if i >= yield.Params().Len() {
			break
		}
		t, ok := w.typeSource(yield.Params().At(i).Type(), n.Pos())
		if !ok {
			return fmt.Sprintf("range over a function yielding %s, a type the code cannot name here", TypeText(yield.Params().At(i).Type()))
		}
		name := "_"
		if id, ok := e.(*ast.Ident); ok && n.Tok == token.DEFINE {
			name = id.Name
		} else if e != nil && !isBlank(e) {
			name = w.tmpName("v")
			lhs = append(lhs, w.moved(e))
			tmps = append(tmps, name)
		}
		params = append(params, name+" "+t)
	}
	if len(lhs) > 0 {
		assign = append(assign, strings.Join(assignments(lhs, tmps, w.separable([]ast.Expr{n.Key, n.Value})), "; ")+"; ")
	}
	decl := ""
	if l.root == l {
		decl = fmt.Sprintf("var %s int; _ = %s; ", l.ctl, l.ctl)
	}
	text := fmt.Sprintf("{ %s%s := 0; %s(func(%s) bool { if %s != 0 { panic(%s.RangeContinued(%s)) }; %s",
		decl, l.done, w.iteratorCallee(n.X), strings.Join(params, ", "), l.done, HelperPkg, l.done, strings.Join(assign, ""))
	w.add(w.offset(n.For), w.offset(n.Body.Lbrace)+1, text, 0)
	return ""
}

// iteratorCallee returns the iterator x as the function of a call. It is
// parenthesized only where Go needs it (*p, <-ch): yaegi v0.16.1 cannot
// call a declared function written in parentheses, (seq)(f) panicked with
// "reflect: call of reflect.Value.Call on ptr Value", so a range over a
// declared iterator function crashed where one over a variable ran.
func (w *rewriter) iteratorCallee(x ast.Expr) string {
	x = ast.Unparen(x)
	switch x.(type) {
	case *ast.StarExpr, *ast.UnaryExpr:
		return "(" + w.moved(x) + ")"
	}
	return w.moved(x)
}

// closeRangeFunc ends the call, with what to do after it.
func (w *rewriter) closeRangeFunc(l *rfLoop) {
	rb := w.offset(l.n.Body.Rbrace)
	w.add(rb, rb+1, fmt.Sprintf("; return true }); %s = 2; %s}", l.done, strings.Join(l.checks, "")), 0)
	if l.root == l && len(l.rv) > 0 {
		at := w.offset(l.n.For)
		w.add(at, at, "{ var "+strings.Join(l.rv, "; var ")+"; ", -1)
		w.add(rb+1, rb+1, " }", 1)
	}
}

func isBlank(e ast.Expr) bool {
	id, ok := e.(*ast.Ident)
	return ok && id.Name == "_"
}

// isInteger reports whether t is an integer type (or untyped integer), or
// a type parameter whose types are all integers.
func isInteger(t types.Type) bool {
	if tp, ok := t.(*types.TypeParam); ok {
		iface, _ := tp.Constraint().Underlying().(*types.Interface)
		return iface != nil && integerTerms(iface, map[*types.Interface]bool{})
	}
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsInteger != 0
}

// integerTerms reports whether the type set of iface holds integer types
// only (and some).
func integerTerms(iface *types.Interface, seen map[*types.Interface]bool) bool {
	if seen[iface] {
		return false
	}
	seen[iface] = true
	some := false
	for e := range iface.EmbeddedTypes() {
		switch e := e.Underlying().(type) {
		case *types.Union:
			for term := range e.Terms() {
				if !isInteger(term.Type()) {
					return false
				}
			}
			some = some || e.Len() > 0
		case *types.Interface:
			if !integerTerms(e, seen) {
				return false
			}
			some = true
		case *types.Basic:
			if e.Info()&types.IsInteger == 0 {
				return false
			}
			some = true
		default:
			return false
		}
	}
	return some
}

// gotoTarget reports whether a goto of the function innermost in stack
// jumps to the label name.
func gotoTarget(stack []ast.Node, name string) bool {
	var body *ast.BlockStmt
	for i := len(stack) - 1; i >= 0 && body == nil; i-- {
		body = funcBody(stack[i])
	}
	return slices.ContainsFunc(funcGotos(body), func(g *ast.BranchStmt) bool { return g.Label.Name == name })
}

// labelIn reports whether the label label names is declared in body.
func labelIn(info *types.Info, label *ast.Ident, body *ast.BlockStmt) bool {
	l, ok := info.Uses[label].(*types.Label)
	return ok && l.Pos() > body.Lbrace && l.Pos() < body.Rbrace
}
