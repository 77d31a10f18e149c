package frontend

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/asyncrepl/asyncrepl/internal/hostrt"
)

// Lowering: select statements, as a compiled choice and a switch.
//
// yaegi v0.16.1 keeps one list of cases per select statement and fills it
// at each run: goroutines running the same select at once overwrite each
// other's channels and values before the choice reads them, so one waits
// on another's channel, receives another's value, or sends its value on
// another's channel (100 workers each selecting on a channel of its own
// and a shared quit channel deadlocked). It also evaluates the cases'
// operands in an order of its own, where Go evaluates the channels and
// the values sent once each, in source order, before it chooses.
//
// A select with a communication case becomes a block that evaluates the
// operands in Go's order (the values sent into variables of the channel's
// element type, so an untyped constant sent takes that type), then a
// switch on the case that a compiled helper chooses with a list of cases
// made afresh at each run; it stores the value received through a
// pointer to a variable of the channel's element type (so the value stays
// as the interpreter holds it), and the case's variables are declared, or
// assigned, first thing in its body:
//
//	select {
//	case v := <-in: ...
//	case x, ok = <-f(): ...
//	case out <- 2: ...
//	default: ...
//	}
//
// becomes
//
//	{ __c1 := in; var __r2 int; __c3 := f(); var __r4 int; var __ok5 bool; __c6 := out; var __s7 float64 = 2
//	switch __repl.SelectRRSD(__c1, &__r2, nil, __c3, &__r4, &__ok5, __c6, &__s7) {
//	case 0: v := __r2; ...
//	case 1: x, ok = __r4, __ok5; ...
//	case 2: ...
//	default: ...
//	} }
//
// (where no operand calls a function or receives, the channels are
// arguments of the call rather than variables). The helper is the one of
// the select's shape (hostrt's selectExports), named for its cases in
// source order (R a receive, taking a *bool for ok or nil, S a send) and
// D for a default case, numbered after the others: reflection calls a
// function of fixed parameters from interpreted code in about half the
// time of a variadic one. A select of one or two cases whose channels
// carry int, string, bool, float64, struct{}, error, any or time.Time (or
// one of these and signals, a struct{} or a time.Time: a done channel,
// ctx.Done(), time.After), and one of three receives of these, calls a
// typed helper, SelectRD_int(in, &__r1, nil), SelectRRR_int_struct_time,
// to which reflection passes the channels and pointers unboxed; the
// helpers wait in a select of Go's when the channels carry those types,
// in reflect.Select otherwise. A select of four cases or more calls
// __repl.Select with a spec, one letter a case ("rrosd"). A loop of
// selects of two cases and of one case and a default on channels of int
// (BenchmarkSelectLoop) takes about 2.5 times the CPU time it takes with
// yaegi's own select (4.7 times when every select called Select), one of
// a select of three receives (BenchmarkSelectLoop3) about 2.8 times:
// reflection's call of the helper is most of the difference.
//
// A break leaves the switch as it left the select; a labeled select keeps
// its label, on the switch. The helpers panic with Go's error for a send
// on a closed channel, at the select's position as Go's does, and end a
// goroutine waiting in them when the session stops the interpreter hard
// (see hostrt.Select).
//
// A value received into a variable, or sent, whose type cannot be written
// where the select is (a variable of the function shadows the type's
// name; the packages of exported types are imported for it, and the
// interpreter's packages hand out no channel of an unexported type) goes
// through a box (hostrt's selectBox): a variable of the channel's type,
// declared from the channel, which the helper points at a channel of one
// element of its own, and a variable of the element type the helper
// makes, whose pointer Select takes. A value received is put on the box's
// channel and received from it, with its type; a value sent is sent on
// it, and taken into the variable:
//
//	select { case v := <-in: ... }
//	->
//	{ __c1 := in; __bc3 := __c1; __b2, __r4 := __repl.SelectBox(&__bc3)
//	switch __repl.SelectR(__c1, __r4) {
//	case 0: __repl.SelectBoxFill(__b2); __v5 := <-__bc3; v := __v5; ...
//	} }
//
// (the value goes through a variable of its own: assigned straight to a
// variable of the enclosing function, the interpreter's receive lost a
// negative zero).
//
// Left to the interpreter: select {} and a select with only a default
// case. A
// select whose label a goto names keeps the label on the block (a goto
// may not jump into it), and the switch takes a label of its own, which
// the select's break statements naming the label name instead.

// lowerSelectCases rewrites the selects described above.
func (w *rewriter) lowerSelectCases(in *inspector.Inspector) {
	in.WithStack([]ast.Node{(*ast.SelectStmt)(nil)}, func(n ast.Node, push bool, stack []ast.Node) bool {
		if !push {
			return true
		}
		sel := n.(*ast.SelectStmt)
		var label *ast.LabeledStmt
		if len(stack) >= 2 {
			label, _ = stack[len(stack)-2].(*ast.LabeledStmt)
		}
		if !w.lowerSelect(sel, label) {
			for _, s := range sel.Body.List {
				w.selectAssign(s.(*ast.CommClause))
			}
		}
		return true
	})
}

// lowerSelect rewrites sel, whose label is label (or nil), and reports
// whether it did.
func (w *rewriter) lowerSelect(sel *ast.SelectStmt, label *ast.LabeledStmt) bool {
	info := w.info()
	comm := false
	for _, s := range sel.Body.List {
		comm = comm || s.(*ast.CommClause).Comm != nil
	}
	if !comm {
		return false
	}
	// What each case evaluates (operands) and passes, in source order.
	type operand struct {
		e    ast.Expr
		elem types.Type // the channel's element type, for a value sent
		tmp  string
		// For a value sent whose type cannot be written: the channel
		// (see the doc above on boxes).
		via *operand
	}
	type clause struct {
		cc     *ast.CommClause
		kind   byte        // the letter of hostrt.Select's spec
		ch     *operand    // the channel
		val    *operand    // the value sent
		recv   string      // the variable taking the value received, "" if none
		elem   string      // its type
		ok     string      // the variable taking ok, "" if none
		lhs    [2]ast.Expr // the case's variables, value and ok (nil: none, or _)
		define bool        // declared by the case (:=)
		elemOf string      // the name of the channel's element type in hostrt.SelectElemTypes, or ""
		// boxed: the channel's element type cannot be written where the
		// select is, so the value goes through a box (see the doc
		// above); box and boxCh name the box and its channel.
		boxed      bool
		box, boxCh string
	}
	var clauses []*clause
	var ops []*operand
	effects := false
	for _, s := range sel.Body.List {
		cc := s.(*ast.CommClause)
		c := &clause{cc: cc, kind: 'd'}
		clauses = append(clauses, c)
		var recvX ast.Expr // the channel received from
		switch st := cc.Comm.(type) {
		case nil:
			continue
		case *ast.SendStmt:
			ch, ok := underlying(info.TypeOf(st.Chan)).(*types.Chan)
			if !ok {
				return false
			}
			c.kind = 's'
			c.elemOf = selectElemName(info.TypeOf(st.Chan))
			c.ch = &operand{e: st.Chan}
			c.val = &operand{e: st.Value, elem: ch.Elem()}
			if _, ok := w.selectTypeSource(ch.Elem(), sel.Pos()); !ok {
				c.boxed, c.val.via = true, c.ch
			}
			ops = append(ops, c.ch, c.val)
		case *ast.ExprStmt:
			u, ok := ast.Unparen(st.X).(*ast.UnaryExpr)
			if !ok || u.Op != token.ARROW {
				return false
			}
			c.kind = 'r'
			recvX = u.X
		case *ast.AssignStmt:
			if len(st.Rhs) != 1 || len(st.Lhs) > 2 {
				return false
			}
			u, ok := ast.Unparen(st.Rhs[0]).(*ast.UnaryExpr)
			if !ok || u.Op != token.ARROW {
				return false
			}
			c.kind = 'r'
			recvX = u.X
			c.define = st.Tok == token.DEFINE
			for i, l := range st.Lhs {
				if id, ok := l.(*ast.Ident); ok && id.Name == "_" {
					continue
				}
				c.lhs[i] = l
			}
			if c.lhs[1] != nil {
				c.kind = 'o'
			}
		default:
			return false
		}
		if recvX != nil {
			c.elemOf = selectElemName(info.TypeOf(recvX))
			c.ch = &operand{e: recvX}
			ops = append(ops, c.ch)
			if c.lhs[0] != nil {
				ch, ok := underlying(info.TypeOf(recvX)).(*types.Chan)
				if !ok {
					return false
				}
				if t, ok := w.selectTypeSource(ch.Elem(), sel.Pos()); ok {
					c.elem = t
				} else {
					c.boxed = true
				}
			}
		}
	}
	for _, op := range ops {
		effects = effects || hasCallOrRecv(op.e) && !isConversion(info, op.e)
	}
	// A channel whose value goes through a box is evaluated once, into a
	// variable.
	once := map[*operand]bool{}
	for _, c := range clauses {
		if c.boxed {
			once[c.ch] = true
		}
	}
	// The operands, in source order: a value sent always goes through a
	// variable (Select reads it through a pointer), a channel only when
	// some operand calls or receives.
	var decls, spec, args []string
	for _, op := range ops {
		switch {
		case op.via != nil:
			// The value, sent on the box's channel, and taken from it
			// into the box's variable, whose pointer the helper gets.
			box, boxCh := w.tmpName("b"), w.tmpName("bc")
			op.tmp = w.tmpName("s")
			decls = append(decls, boxCh+" := "+op.via.tmp, box+", "+op.tmp+" := "+HelperPkg+".SelectBox(&"+boxCh+")", boxCh+" <- "+w.moved(op.e), HelperPkg+".SelectBoxTake("+box+")")
		case op.elem != nil:
			t, _ := w.typeSource(op.elem, sel.Pos())
			op.tmp = w.tmpName("s")
			decls = append(decls, "var "+op.tmp+" "+t+" = "+w.moved(op.e))
		case effects || once[op]:
			op.tmp = w.tmpName("c")
			decls = append(decls, op.tmp+" := "+w.moved(op.e))
		default:
			op.tmp = w.moved(op.e)
		}
	}
	// A select of up to three communication cases calls the helper of its
	// shape (hostrt's selectExports), which numbers the default case
	// after them; a larger one calls Select with its spec.
	ncomm := 0
	for _, c := range clauses {
		if c.kind != 'd' {
			ncomm++
		}
	}
	shaped := ncomm <= 3
	// The element types of a typed helper's channels (see
	// hostrt.SelectElemTypes), or none.
	var typed []string
	for _, c := range clauses {
		if c.kind == 'd' {
			continue
		}
		if c.elemOf == "" {
			typed = nil
			break
		}
		typed = append(typed, c.elemOf)
	}
	// Typed helpers of two or three cases: their channels carry one type
	// besides signals; those of three cases are receives.
	value := ""
	for _, t := range typed {
		if slices.Contains(hostrt.SelectSignals, t) {
			continue
		}
		if value != "" && t != value {
			typed = nil
			break
		}
		value = t
	}
	if len(typed) == 3 {
		for _, c := range clauses {
			if c.kind == 's' {
				typed = nil
			}
		}
	}
	if ncomm > 3 {
		typed = nil
	}
	// The helpers of three cases and the typed ones take a receive's ok
	// or nil.
	withOK := typed != nil || ncomm == 3
	nth := 0
	for i, c := range clauses {
		spec = append(spec, string(c.kind))
		num := i
		if shaped {
			num = nth
			if c.kind == 'd' {
				num = ncomm
			}
		}
		if c.kind != 'd' {
			nth++
		}
		switch c.kind {
		case 'd':
			continue
		case 's':
			if c.val.via != nil {
				args = append(args, c.ch.tmp, c.val.tmp)
			} else {
				args = append(args, c.ch.tmp, "&"+c.val.tmp)
			}
		case 'r', 'o':
			args = append(args, c.ch.tmp)
			if c.lhs[0] != nil && c.boxed {
				// The helper stores the value in the box's variable, and
				// the case receives it from the box's channel.
				c.box, c.boxCh, c.recv = w.tmpName("b"), w.tmpName("bc"), w.tmpName("r")
				decls = append(decls, c.boxCh+" := "+c.ch.tmp, c.box+", "+c.recv+" := "+HelperPkg+".SelectBox(&"+c.boxCh+")")
				args = append(args, c.recv)
			} else if c.lhs[0] != nil {
				c.recv = w.tmpName("r")
				decls = append(decls, "var "+c.recv+" "+c.elem)
				args = append(args, "&"+c.recv)
			} else {
				args = append(args, "nil")
			}
			if c.kind == 'o' {
				c.ok = w.tmpName("ok")
				decls = append(decls, "var "+c.ok+" bool")
				args = append(args, "&"+c.ok)
			} else if withOK {
				args = append(args, "nil") // a typed receive takes ok, or nil
			}
		}
		// The case's head, and its variables first thing in its body.
		cc := c.cc
		w.add(w.offset(cc.Case), w.offset(cc.Colon), fmt.Sprintf("case %d", num), -50)
		var set []string
		boxed := ""
		if c.box != "" {
			// Received into a variable of its own: assigned straight to
			// a variable of the enclosing function, the interpreter's
			// receive lost a negative zero.
			boxed = w.tmpName("v")
			set = append(set, HelperPkg+".SelectBoxFill("+c.box+")", boxed+" := <-"+c.boxCh)
		}
		var names, values []string
		separate := w.separable(c.lhs[:])
		for j, l := range c.lhs {
			if l == nil {
				continue
			}
			v := c.recv
			if c.box != "" {
				v = boxed
			}
			if j == 1 {
				v = c.ok
			}
			if c.define {
				set = append(set, w.moved(l)+" := "+v)
				continue
			}
			if ch, ok := underlying(info.TypeOf(c.ch.e)).(*types.Chan); ok && j == 0 {
				// As the receive's own assignment would store it.
				v = w.assignedValue(ch.Elem(), info.TypeOf(l), v, cc.Pos())
			}
			names, values = append(names, w.moved(l)), append(values, v)
		}
		if len(names) > 0 {
			set = append(set, assignments(names, values, separate)...)
		}
		if len(set) > 0 {
			at := w.offset(cc.Colon) + 1
			w.add(at, at, " "+strings.Join(set, "; ")+";", -20)
		}
	}
	var call string
	if shaped {
		name := strings.ToUpper(strings.ReplaceAll(strings.Join(spec, ""), "d", ""))
		if withOK {
			name = strings.ReplaceAll(name, "O", "R")
		}
		if ncomm < len(spec) {
			name += "D"
		}
		for _, t := range typed {
			name += "_" + t
		}
		call = HelperPkg + ".Select" + name + "(" + strings.Join(args, ", ") + ")"
	} else {
		call = HelperPkg + ".Select(" + fmt.Sprintf("%q", strings.Join(spec, "")) + ", " + strings.Join(args, ", ") + ")"
	}
	head := "{ "
	if len(decls) > 0 {
		head += strings.Join(decls, "; ") + "; "
	}
	switch {
	case label != nil && w.gotoTarget(label.Label.Name):
		// A goto may not jump into the block: the label stays on the
		// block, and the switch gets one of its own for the select's
		// breaks that name it.
		inner := w.tmpName("sel")
		w.add(w.offset(label.Pos()), w.offset(sel.Select)+len("select"), label.Label.Name+": "+head+inner+": switch "+call, -40)
		ast.Inspect(sel.Body, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncLit:
				return false
			case *ast.BranchStmt:
				if n.Tok == token.BREAK && n.Label != nil && n.Label.Name == label.Label.Name {
					w.add(w.offset(n.Label.Pos()), w.offset(n.Label.End()), inner, 0)
				}
			}
			return true
		})
	case label != nil:
		// The label goes on the switch, inside the block.
		w.add(w.offset(label.Pos()), w.offset(sel.Select)+len("select"), head+label.Label.Name+": switch "+call, -40)
	default:
		at := w.offset(sel.Pos())
		w.add(at, at, head, -40)
		w.add(at, at+len("select"), "switch "+call, 1000)
	}
	end := w.offset(sel.End())
	w.add(end, end, " }", 50)
	if w.loweredSelects == nil {
		w.loweredSelects = map[*ast.SelectStmt]bool{}
	}
	w.loweredSelects[sel] = true
	return true
}

// selectTypeSource is typeSource for the element type t of a select's
// channel, importing the packages of the exported types it names that the
// code has no name for (a channel of a package's type handed over by
// another package's function).
func (w *rewriter) selectTypeSource(t types.Type, pos token.Pos) (string, bool) {
	if src, ok := w.typeSource(t, pos); ok {
		return src, true
	}
	walkType(t, func(u types.Type) bool {
		if n, ok := types.Unalias(u).(*types.Named); ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() != "main" && w.pkgNames()[n.Obj().Pkg().Path()] == "" {
			w.importIface(n)
		}
		return true
	})
	return w.typeSource(t, pos)
}

// gotoTarget reports whether a goto of the segment names label.
func (w *rewriter) gotoTarget(label string) bool {
	found := false
	ast.Inspect(w.file, func(n ast.Node) bool {
		if b, ok := n.(*ast.BranchStmt); ok && b.Tok == token.GOTO && b.Label != nil && b.Label.Name == label {
			found = true
		}
		return !found
	})
	return found
}

// isConversion reports whether e is a conversion, which calls nothing.
func isConversion(info *types.Info, e ast.Expr) bool {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return false
	}
	tv, ok := info.Types[call.Fun]
	return ok && tv.IsType() && !hasCallOrRecv(call.Args[0])
}

// selectElemName returns the name in hostrt.SelectElemTypes of the
// element type of a channel of type t, or "" if it has none there or t is
// not a channel type written as such (a named channel type, a type
// parameter).
func selectElemName(t types.Type) string {
	ch, ok := types.Unalias(t).(*types.Chan)
	if !ok {
		return ""
	}
	e := types.Unalias(ch.Elem())
	switch {
	case types.Identical(e, types.Typ[types.Int]):
		return "int"
	case types.Identical(e, types.Typ[types.String]):
		return "string"
	case types.Identical(e, types.Typ[types.Bool]):
		return "bool"
	case types.Identical(e, types.Typ[types.Float64]):
		return "float64"
	case types.Identical(e, types.NewStruct(nil, nil)):
		return "struct"
	case types.Identical(e, types.Universe.Lookup("error").Type()):
		return "error"
	case types.Identical(e, types.NewInterfaceType(nil, nil)):
		return "any"
	}
	if n, ok := e.(*types.Named); ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "time" && n.Obj().Name() == "Time" && n.TypeArgs() == nil {
		return "time"
	}
	return ""
}
