package frontend

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/asyncrepl/asyncrepl/internal/gosrc"
)

// An OpAt is an operation of an input that may wait: its position, and how
// many times the interpreter's runCfg is on the stack of the input's
// goroutine while it waits there.
type OpAt struct {
	Pos   string
	Depth int
	// Captured is the depth in the final expression captured for its
	// value, where the code run captures it (plan.Result); 0 outside it,
	// -1 where it cannot be told from a call's.
	Captured int
}

// blockingOps returns the operations of an input's statements (not in
// the function literals among them) that wait for another goroutine, by
// what a dump of the waiting goroutine shows (blockedWhat): "a channel
// receive", "a select", "Mutex.Lock". Nil for other segments. Called once
// the result's capture is known; the code run may still drop it (see the
// session's compileLowered), hence resolved.
//
// The depth at which the input's goroutine runs them: the interpreter's
// run of the program, and the function around the statements (depth 1);
// a segment that declares nothing runs in a function literal besides
// (analyse's build); the final expression, captured for its value, in one
// more when the segment declares something or the value prints through a
// method (captureResult). A call of a function of the program adds one,
// so a wait in a function the input calls might be taken for one of the
// captured expression's: where the input calls a function of the
// program, the captured expression's operations are not named.
func (w *rewriter) blockingOps() map[string][]OpAt {
	if w.mode != ModeInput || w.plan.Seg.Kind != gosrc.SegStmt || len(w.file.Decls) == 0 {
		return nil
	}
	wrapper, ok := w.file.Decls[len(w.file.Decls)-1].(*ast.FuncDecl)
	if !ok || wrapper.Body == nil {
		return nil
	}
	info := w.info()
	base := 1
	if len(w.plan.Decls) == 0 {
		base++
	}
	captured := base // the depth of the captured final expression
	if w.plan.Result != nil {
		if ts := w.plan.Checked.ResultTypes(); len(w.plan.Decls) > 0 || len(ts) == 1 && printMethod(ts[0]) != "" {
			captured++
		}
	}
	calls := false // the input's goroutine calls a function of the program
	var scan func(n ast.Node) bool
	scan = func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false // its calls are deeper
		case *ast.GoStmt:
			// The call runs on a goroutine of its own; its arguments
			// here.
			for _, a := range n.Call.Args {
				ast.Inspect(a, scan)
			}
			return false
		case *ast.CallExpr:
			calls = calls || info != nil && programCall(n, info)
		}
		return !calls
	}
	ast.Inspect(wrapper.Body, scan)
	ops := map[string][]OpAt{}
	for _, st := range wrapper.Body.List {
		in := 0 // the depth in the captured final expression
		if es, ok := st.(*ast.ExprStmt); ok && w.plan.Result != nil && ast.Stmt(es) == w.resultStmt {
			if in = captured; in != base && calls {
				in = -1
			}
		}
		add := func(what string, pos token.Pos) {
			ops[what] = append(ops[what], OpAt{w.src.Position(w.offset(pos)), base, in})
		}
		ast.Inspect(st, func(n ast.Node) bool {
			sel, ok := n.(*ast.SelectStmt)
			if !ok {
				return w.blockingOp(n, info, add)
			}
			if len(sel.Body.List) == 0 {
				add("select (no cases)", sel.Pos())
			} else {
				add("a select", sel.Pos())
			}
			// Its cases' operations wait as the select; their bodies
			// are statements of their own.
			for _, c := range sel.Body.List {
				for _, cst := range c.(*ast.CommClause).Body {
					ast.Inspect(cst, func(m ast.Node) bool { return w.blockingOp(m, info, add) })
				}
			}
			return false
		})
	}
	return ops
}

// programCall reports whether c calls a function of the program (a
// function, a method or a function value of its own), which the
// interpreter runs a level deeper.
func programCall(c *ast.CallExpr, info *types.Info) bool {
	fun := ast.Unparen(c.Fun)
	if tv, ok := info.Types[fun]; ok && (tv.IsType() || tv.IsBuiltin()) {
		return false // a conversion or a built-in
	}
	obj, named := calleeObject(info, fun)
	if !named {
		return true // an instance of a generic function, a function in a slice or map, a literal
	}
	switch o := obj.(type) {
	case *types.Func:
		return o.Pkg() == nil || o.Pkg().Path() == "main"
	case *types.Var:
		return true // a function value, which may be the program's
	}
	return obj == nil
}

// calleeObject returns the object fun, a call's function, names, and
// whether it is a name (an identifier or a selector) at all.
func calleeObject(info *types.Info, fun ast.Expr) (types.Object, bool) {
	switch f := fun.(type) {
	case *ast.Ident:
		return info.Uses[f], true
	case *ast.SelectorExpr:
		return info.Uses[f.Sel], true
	}
	return nil, false
}

// blockingOp records n, if it is an operation that waits for another
// goroutine (other than a select), with add, and reports whether to look
// inside it.
func (w *rewriter) blockingOp(n ast.Node, info *types.Info, add func(string, token.Pos)) bool {
	switch n := n.(type) {
	case *ast.FuncLit:
		return false
	case *ast.SelectStmt:
		return false // a select in a case's body: not named
	case *ast.UnaryExpr:
		if n.Op == token.ARROW {
			add("a channel receive", n.Pos())
		}
	case *ast.SendStmt:
		add("a channel send", n.Pos())
	case *ast.RangeStmt:
		if info != nil {
			if _, ok := types.Unalias(info.TypeOf(n.X)).Underlying().(*types.Chan); ok {
				add("a channel receive", n.Pos())
			}
		}
	case *ast.CallExpr:
		sel, ok := n.Fun.(*ast.SelectorExpr)
		if !ok || info == nil {
			break
		}
		t := info.TypeOf(sel.X)
		if t == nil {
			break
		}
		if p, ok := t.(*types.Pointer); ok {
			t = p.Elem()
		}
		named, ok := types.Unalias(t).(*types.Named)
		if !ok || named.Obj().Pkg() == nil || named.Obj().Pkg().Path() != "sync" {
			break
		}
		switch what := named.Obj().Name() + "." + sel.Sel.Name; what {
		case "Mutex.Lock", "RWMutex.Lock", "RWMutex.RLock", "WaitGroup.Wait", "Cond.Wait":
			add(what, n.Pos())
		}
	}
	return true
}
