package frontend

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"maps"
	"slices"
	"strings"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/asyncrepl/asyncrepl/internal/gosrc"
)

// Lowering: the floating-point parameters of the program's functions, as
// values of type any.
//
// yaegi v0.16.1, calling a function declared at the package level, copies
// each argument into the callee's frame unless reflect.Value.IsZero says
// it is zero, when it leaves the frame's fresh zero value. A negative
// zero is == 0, so it arrived as +0 (1/x gave +Inf, not -Inf; fmt printed
// 0, not -0), and so did a struct or an array holding one and otherwise
// zero. A parameter of interface type is always copied. So a function
// whose parameters may hold a float (a float or complex type, or a struct
// or array holding one) takes those parameters as any, and gives them
// their names and types back at its entry:
//
//	func scale(x float64, n int) float64 { return x * float64(n) }
//	->
//	func scale(x__nz any, n int) float64 { x := x__nz.(float64); return x * float64(n) }
//	func __value_scale(a0 float64, a1 int) float64 { return scale(a0, a1) }
//
// Calls keep their text (the argument is converted to any as it is
// passed); the function used as a value (g := scale, sort.Search(n,
// scale)) is the second function, of the function's own type. A call
// through a function value, a method call and a call of a function
// literal were not affected: the interpreter makes those through
// reflection, which copies every argument.
//
// The cost: a loop of calls passing two floats takes about 1.9 times the
// CPU time it took, one passing a struct of two floats about 1.45 times
// (the conversion to any and the assertion back; BenchmarkNegZeroParams
// in package repl).
//
// A generic function instantiated with a float type is written out for
// it in a script (lower_specialise.go), and its copy is a function like
// the others. At the prompt and in a :load generic functions keep their
// form, and take as any, besides, the parameters of a type parameter's
// type whose constraint lists its types, none an interface, one holding a
// float (~int | ~float64, cmp.Ordered):
//
//	func Largest[T Number](a, b T) T { ... }
//	->
//	func Largest[T Number](a__nz, b__nz any) T { a, b := a__nz.(T), b__nz.(T); ... }
//
// Its calls name their type arguments (lower_infer.go: an argument of
// type any tells the interpreter nothing of T) and convert constants as
// above; its value is a function literal calling it (lower_infer.go too),
// so there is no second function. Its calls, whatever the type
// arguments, cost as those above: a loop of calls passing two took about
// 1.9 times the CPU time (BenchmarkNegZeroParams/calls1e4/generic,
// against the code before the lowering).
//
// A parameter of a type parameter that may be an interface (any,
// comparable, an interface of methods: a nil argument cannot be asserted
// back, nor a value of the program's held in an interface of methods),
// or of a type made of a type parameter but not one (p Pair[T], a [2]T:
// the interpreter fails on an assertion to such a type in generic code),
// is taken by a pointer instead, which is never zero, so the interpreter
// copies it; each call passes a pointer to a copy of its argument, the
// element of a slice literal, and a value of the function passes the
// address of its own parameter:
//
//	func Show[T any](x T) { ... }
//	Show(v)
//	->
//	func Show[T any](x__nz *T) { x := *x__nz; ... }
//	Show[float64](&[]float64{v}[0])
//
// The cost: a loop of calls passing two takes about 2.2 times the CPU
// time it took (BenchmarkNegZeroParams/calls1e4/genericany, whatever the
// type argument; a function literal making the pointer took 10 times).
//
// An argument whose type cannot be written where the call is (an
// unexported type of a compiled package) goes through the prelude's
// __builtin_ptrTo, whose type argument the interpreter infers, where it
// holds no float; a call passing one that may hold a float is refused. A
// call passing another call's several results (must(strconv.Atoi(s)))
// passes them through a function literal (tupleToPointers), refused where
// their types cannot be written. A call whose type arguments cannot be
// written where it is fails in the interpreter's words.

// negZeroSuffix and negZeroValue name the parameters taken as any and the
// function standing for one used as a value.
const (
	negZeroSuffix = "__nz"
	negZeroValue  = "__value_"
)

// negZeroParams reports which parameters of fn are taken as any: fn is a
// function (not a method) of the program, generic only outside a script
// (whose generic functions are written out for the float types they are
// instantiated with, see lower_specialise.go), and the parameter is named,
// not variadic, and may hold a float.
func (w *rewriter) negZeroParams(fn *types.Func) []bool {
	if fn == nil {
		return nil
	}
	fn = fn.Origin() // of an instance, the generic function
	if fn.Pkg() == nil || fn.Pkg().Path() != "main" || fn.Parent() != fn.Pkg().Scope() {
		return nil
	}
	sig := fn.Signature()
	generic := sig.TypeParams().Len() > 0
	if sig.Recv() != nil || generic && w.mode == ModeScript {
		return nil
	}
	var out []bool
	any := false
	for i := range sig.Params().Len() {
		v := sig.Params().At(i)
		box := v.Name() != "" && v.Name() != "_" && !(sig.Variadic() && i == sig.Params().Len()-1) && floatIn(v.Type(), nil, generic)
		if _, isParam := v.Type().(*types.TypeParam); generic && !isParam && hasTypeParam(v.Type()) {
			// Pt[T], [2]T: the interpreter fails on an assertion to a
			// type made of a type parameter.
			box = false
		}
		out = append(out, box)
		any = any || box
	}
	if !any {
		return nil
	}
	return out
}

// negZeroPtrParams reports which parameters of fn are taken by a pointer
// (see the doc above): fn is a generic function of the program outside a
// script, and the parameter is named, not variadic, not taken as any
// (negZeroParams), and of a type parameter's type or a type made of one
// that may hold a float, a type parameter that may be an interface
// holding one.
func (w *rewriter) negZeroPtrParams(fn *types.Func) []bool {
	if fn == nil || w.mode == ModeScript {
		return nil
	}
	fn = fn.Origin()
	if fn.Pkg() == nil || fn.Pkg().Path() != "main" || fn.Parent() != fn.Pkg().Scope() {
		return nil
	}
	sig := fn.Signature()
	if sig.Recv() != nil || sig.TypeParams().Len() == 0 {
		return nil
	}
	if c := w.plan.Checked; c != nil && c.decls[fn.Name()] != fn {
		if ptr, ok := w.fe.Types.ptrParams[fn.Name()]; ok {
			// An earlier input's function, lowered as that input saw its
			// constraints (a later one may see them as invalid types).
			return ptr
		}
	}
	boxed := w.negZeroParams(fn)
	var out []bool
	any := false
	for i := range sig.Params().Len() {
		v := sig.Params().At(i)
		ptr := v.Name() != "" && v.Name() != "_" && !(sig.Variadic() && i == sig.Params().Len()-1) &&
			(boxed == nil || !boxed[i]) && hasTypeParam(v.Type()) && genericFloatIn(v.Type(), nil)
		out = append(out, ptr)
		any = any || ptr
	}
	if !any {
		return nil
	}
	return out
}

// genericFloatIn reports whether a value of t, a type of generic code,
// may hold a float in its own memory: a type parameter's may where its
// constraint's type set allows a type that holds one, or an interface.
func genericFloatIn(t types.Type, seen map[types.Type]bool) bool {
	return floatInWith(t, seen, func(tp *types.TypeParam) bool {
		restricted, float := typeTerms(tp.Constraint())
		return !restricted || float
	})
}

// holdsFloat reports whether a value of t holds a float or a complex
// number in its own memory (not through a pointer, a slice or an
// interface).
func holdsFloat(t types.Type, seen map[types.Type]bool) bool {
	return floatIn(t, seen, false)
}

// floatIn is holdsFloat, where a value of a type parameter's type holds a
// float if typeParams is set and its constraint allows one.
func floatIn(t types.Type, seen map[types.Type]bool, typeParams bool) bool {
	return floatInWith(t, seen, func(tp *types.TypeParam) bool {
		return typeParams && typeSetHoldsFloat(tp.Constraint())
	})
}

// floatInWith reports whether a value of t holds a float or a complex
// number in its own memory, where param says whether a value of a type
// parameter's type may.
func floatInWith(t types.Type, seen map[types.Type]bool, param func(*types.TypeParam) bool) bool {
	if tp, ok := t.(*types.TypeParam); ok {
		return param(tp)
	}
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return u.Info()&(types.IsFloat|types.IsComplex) != 0
	case *types.Array:
		return u.Len() > 0 && floatInWith(u.Elem(), seen, param)
	case *types.Struct:
		if seen[t] {
			return false
		}
		if seen == nil {
			seen = map[types.Type]bool{}
		}
		seen[t] = true
		for f := range u.Fields() {
			if f.Name() != "_" && floatInWith(f.Type(), seen, param) {
				return true
			}
		}
	}
	return false
}

// typeSetHoldsFloat reports whether the constraint c's type set holds a
// type that may hold a float and no interface type: an argument of an
// interface type may be nil, or hold a value of the program's that the
// interpreter does not assert back to the interface, so a type parameter
// of any, comparable or an interface of methods keeps its form. (An
// invalid constraint, an earlier input's as a later one sees it, is taken
// to hold one: its calls convert their constants, which does no harm.)
func typeSetHoldsFloat(c types.Type) bool {
	restricted, float := typeTerms(c)
	return restricted && float || c.Underlying() == types.Typ[types.Invalid]
}

// typeTerms reports whether c restricts its type set to terms that are
// not interfaces, and whether one of them may hold a float.
func typeTerms(c types.Type) (restricted, float bool) {
	return typeTermsMay(c, func(t types.Type) bool { return floatIn(t, nil, true) })
}

// typeTermsMay reports whether c restricts its type set to terms that are
// not interfaces, and whether one of them satisfies may.
func typeTermsMay(c types.Type, may func(types.Type) bool) (restricted, found bool) {
	switch c := c.(type) {
	case *types.Union:
		restricted = true
		for i := range c.Len() {
			t := c.Term(i).Type()
			restricted = restricted && !types.IsInterface(t)
			found = found || may(t)
		}
		return restricted, found
	}
	iface, ok := c.Underlying().(*types.Interface)
	if !ok {
		return c.Underlying() != types.Typ[types.Invalid], may(c)
	}
	found = true // of an intersection, the terms of one restricting it
	for i := range iface.NumEmbeddeds() {
		r, f := typeTermsMay(iface.EmbeddedType(i), may)
		if r {
			restricted, found = true, found && f
		}
	}
	return restricted, restricted && found
}

// lowerNegZeroParams rewrites the functions described above, and their
// uses as values.
func (w *rewriter) lowerNegZeroParams(in *inspector.Inspector) error {
	info := w.info()
	for _, d := range w.file.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Body == nil {
			continue
		}
		fn, _ := info.Defs[fd.Name].(*types.Func)
		box, ptr := w.negZeroParams(fn), w.negZeroPtrParams(fn)
		if c := w.plan.Checked; c != nil && fn != nil && fd.Recv == nil && fd.Type.TypeParams != nil && w.mode != ModeScript {
			// Its calls in later inputs pass what it takes by a pointer.
			if c.ptrParams == nil {
				c.ptrParams = maps.Clone(w.fe.Types.ptrParams)
			}
			c.ptrParams[fn.Name()] = ptr
		}
		if box == nil && ptr == nil {
			continue
		}
		w.boxFloatParams(fd, fn, box, ptr)
	}
	for c := range in.Root().Preorder((*ast.Ident)(nil)) {
		id := c.Node().(*ast.Ident)
		fn, ok := info.Uses[id].(*types.Func)
		copied := ""
		if ok && w.specials != nil {
			// A use of a generic function naming its copy
			// (lower_specialise.go): the copy is not generic, and takes
			// its floats as any like any other function.
			if copied = w.specials.uses[w.offset(id.Pos())]; copied != "" {
				fn, ok = w.plan.Checked.pkg.Scope().Lookup(copied).(*types.Func)
			}
		}
		if !ok || w.negZeroParams(fn) == nil && w.negZeroPtrParams(fn) == nil {
			continue
		}
		// A call's function keeps its name; any other use is a value.
		var e ast.Node = id
		p := c.Parent()
		generic := copied == "" && fn.Origin().Signature().TypeParams().Len() > 0
		if copied != "" || generic {
			switch x := p.Node().(type) {
			case *ast.IndexExpr, *ast.IndexListExpr:
				e, p = x, p.Parent() // f[T]
			}
		}
		for {
			if _, paren := p.Node().(*ast.ParenExpr); !paren {
				break
			}
			p = p.Parent()
		}
		if call, isCall := p.Node().(*ast.CallExpr); isCall && ast.Unparen(call.Fun) == e {
			if err := w.typeFloatArgs(call, fn); err != nil {
				return err
			}
			continue
		}
		if generic {
			continue // a function literal calling it (lower_infer.go)
		}
		if copied != "" {
			// A function literal calling the copy (the interpreter failed
			// on the copy's value function returned from a function
			// literal), in place of lowerSpecialUses' renaming (prio
			// 1000), after what other passes insert there.
			if lit, ok := w.callingLiteral(fn); ok {
				w.add(w.offset(e.Pos()), w.offset(e.End()), lit, 999)
			}
			continue
		}
		w.add(w.offset(id.Pos()), w.offset(id.End()), negZeroValue+id.Name, 50)
	}
	return nil
}

// callingLiteral returns a function literal of fn's type (its
// parameters not boxed) that calls fn, or false where a type cannot be
// written.
func (w *rewriter) callingLiteral(fn *types.Func) (string, bool) {
	return w.forwardingLiteral(fn.Signature(), fn.Name(), fn.Pos())
}

// forwardingLiteral returns a function literal of the signature sig,
// written at pos, that calls callee with its arguments and returns its
// results; false where a type cannot be written there.
func (w *rewriter) forwardingLiteral(sig *types.Signature, callee string, pos token.Pos) (string, bool) {
	params, args, results, ok := w.sigSource(sig, pos)
	if !ok {
		return "", false
	}
	call := callee + "(" + strings.Join(args, ", ") + ")"
	res := ""
	if len(results) > 0 {
		call = "return " + call
		res = " (" + strings.Join(results, ", ") + ")"
	}
	return "func(" + strings.Join(params, ", ") + ")" + res + " { " + call + " }", true
}

// sigSource returns, written at pos, the parameters of sig named a0, a1,
// ... with their types (a variadic one as ...T), the arguments passing
// them on (a1...), and the result types; false where a type cannot be
// written there.
func (w *rewriter) sigSource(sig *types.Signature, pos token.Pos) (params, args, results []string, ok bool) {
	for j := range sig.Params().Len() {
		t, ok := w.typeSource(sig.Params().At(j).Type(), pos)
		if !ok {
			return nil, nil, nil, false
		}
		name := fmt.Sprintf("a%d", j)
		if sig.Variadic() && j == sig.Params().Len()-1 {
			params = append(params, name+" ..."+strings.TrimPrefix(t, "[]"))
			name += "..."
		} else {
			params = append(params, name+" "+t)
		}
		args = append(args, name)
	}
	for v := range sig.Results().Variables() {
		t, ok := w.typeSource(v.Type(), pos)
		if !ok {
			return nil, nil, nil, false
		}
		results = append(results, t)
	}
	return params, args, results, true
}

// typeFloatArgs converts the arguments of call given to parameters taken
// as any to the parameters' types, where they are constants (an untyped
// one would go as its default type: 2 as an int to a float32) or have
// other types; and passes those given to parameters taken by a pointer as
// pointers (pointerArg), or refuses the call where it cannot.
func (w *rewriter) typeFloatArgs(call *ast.CallExpr, fn *types.Func) error {
	info := w.info()
	box, ptr := w.negZeroParams(fn), w.negZeroPtrParams(fn)
	n := max(len(box), len(ptr))
	if len(call.Args) == 0 {
		return nil
	}
	_, tuple := info.TypeOf(call.Args[0]).(*types.Tuple)
	tuple = tuple && len(call.Args) == 1 && n > 1
	if tuple && ptr != nil {
		return w.tupleToPointers(call, fn, ptr)
	}
	if tuple || call.Ellipsis.IsValid() && ptr == nil {
		return nil // f(g()) gives g's results, of their types
	}
	sig := fn.Signature()
	if inst, ok := info.TypeOf(call.Fun).(*types.Signature); ok && inst.Params().Len() == sig.Params().Len() {
		sig = inst // a generic function's instance
	}
	for i, arg := range call.Args {
		if i >= n || sig.Variadic() && i >= sig.Params().Len()-1 {
			break // the variadic parameter's, never taken as any
		}
		pt := sig.Params().At(i).Type()
		if ptr != nil && ptr[i] {
			if err := w.pointerArg(arg, pt, fn); err != nil {
				return err
			}
			continue
		}
		if tv := info.Types[arg]; box == nil || !box[i] || tv.Value == nil && types.Identical(tv.Type, pt) {
			continue
		}
		t, ok := w.typeSource(pt, arg.Pos())
		if !ok {
			continue
		}
		// Before the edits of arg's place (lower_constval.go writes a
		// constant there), which go inside.
		w.edits = append(w.edits, taggedEdit{Edit: gosrc.Edit{Off: w.offset(arg.Pos()), End: w.offset(arg.End()), Text: t + "(" + w.moved(arg) + ")", Prio: -100, Vacates: true}})
	}
	return nil
}

// tupleToPointers lowers call, a call of fn, a generic function some of
// whose parameters are taken by a pointer (ptr), with the results of
// another call (must(strconv.Atoi(s))): a literal takes the results and
// passes pointers to copies of those, the call's text left in its place:
//
//	must(strconv.Atoi(s))  ->  func(__t0 int, __t1 error) int { return must(&[]int{__t0}[0], __t1) }(strconv.Atoi(s))
func (w *rewriter) tupleToPointers(call *ast.CallExpr, fn *types.Func, ptr []bool) error {
	info := w.info()
	refuse := func() error {
		return &Error{Pos: w.src.Position(w.offset(call.Pos())), Msg: fmt.Sprintf("call of %s with the results of a call %s: their types cannot be written here, and a negative zero among them would arrive as +0 in the interpreter's generic code; assign the results to variables and pass those", fn.Name(), w.text(call.Args[0]))}
	}
	tuple := info.TypeOf(call.Args[0]).(*types.Tuple)
	sig, ok := info.TypeOf(call.Fun).(*types.Signature)
	if !ok || sig.Params().Len() != tuple.Len() || sig.Variadic() {
		return refuse()
	}
	var params, args, results []string
	for i := range tuple.Len() {
		t, ok := w.typeSource(tuple.At(i).Type(), call.Pos())
		if !ok {
			return refuse()
		}
		name := fmt.Sprintf("__t%d", i)
		params = append(params, name+" "+t)
		if i < len(ptr) && ptr[i] {
			pt, ok := w.selectTypeSource(sig.Params().At(i).Type(), call.Pos())
			if !ok {
				return refuse()
			}
			name = "&[]" + pt + "{" + name + "}[0]"
		}
		args = append(args, name)
	}
	for v := range sig.Results().Variables() {
		t, ok := w.typeSource(v.Type(), call.Pos())
		if !ok {
			return refuse()
		}
		results = append(results, t)
	}
	ret := ""
	if len(results) > 0 {
		ret = "return "
	}
	// In place (the function, then the call giving the results, as
	// written), inside what wraps the call.
	at := w.offset(call.Pos())
	w.add(at, at, fmt.Sprintf("func(%s) (%s) { %s", strings.Join(params, ", "), strings.Join(results, ", "), ret), 1)
	w.add(w.offset(call.Lparen), w.offset(call.Args[0].Pos()), "("+strings.Join(args, ", ")+") }(", 0)
	return nil
}

// pointerArg passes arg, given to a parameter of fn of type pt taken by
// a pointer, as a pointer to a copy of it.
func (w *rewriter) pointerArg(arg ast.Expr, pt types.Type, fn *types.Func) error {
	// The packages of exported types are imported for it.
	t, ok := w.selectTypeSource(pt, arg.Pos())
	if !ok && !genericFloatIn(pt, nil) {
		// No float in it: the prelude's function, whose type argument
		// the interpreter infers, makes the pointer (a zero value it
		// skips is the zero value it makes).
		w.usePrelude("__builtin_ptrTo", "")
		w.edits = append(w.edits, taggedEdit{Edit: gosrc.Edit{Off: w.offset(arg.Pos()), End: w.offset(arg.End()), Text: "__builtin_ptrTo(" + w.moved(arg) + ")", Prio: -100, Vacates: true}})
		return nil
	}
	if !ok {
		return &Error{Pos: w.src.Position(w.offset(arg.Pos())), Msg: fmt.Sprintf("argument of type %s to generic %s: its type cannot be written here, and a negative zero in it would arrive as +0 in the interpreter's generic code; pass it in a variable of a type that can be written here (one declared at package level)", TypeText(pt), fn.Name())}
	}
	// Before the edits of arg's place (lower_constval.go writes a
	// constant there), which go inside.
	w.edits = append(w.edits, taggedEdit{Edit: gosrc.Edit{Off: w.offset(arg.Pos()), End: w.offset(arg.End()), Text: "&[]" + t + "{" + w.moved(arg) + "}[0]", Prio: -100, Vacates: true}})
	return nil
}

// boxedParamName returns the name a parameter boxFloatParams takes as any
// or by a pointer has in the lowered body, and the priority of the edit
// renaming it: a parameter named as a name of the universe (func clamp(v,
// min, max float64)) is lowerShadowedNames's, whose edit of the
// parameter's name gives way to this one (undefined: min__nz).
func (w *rewriter) boxedParamName(id *ast.Ident) (string, int) {
	if name := w.defText(id); name != id.Name {
		return name, -1
	}
	return id.Name, 50
}

// boxFloatParams writes fd's parameters that box marks as any, and those
// that ptr marks as pointers, with their names and types given back at
// the function's entry, and declares after fd the function of fd's own
// type standing for it as a value.
func (w *rewriter) boxFloatParams(fd *ast.FuncDecl, fn *types.Func, box, ptr []bool) {
	sig := fn.Signature()
	var names, values []string
	i := 0
	for _, field := range fd.Type.Params.List {
		n := max(len(field.Names), 1)
		if ptr != nil && slices.Contains(ptr[i:i+n], true) {
			for _, id := range field.Names {
				if id.Name == "_" {
					continue
				}
				name, prio := w.boxedParamName(id)
				w.add(w.offset(id.Pos()), w.offset(id.End()), name+negZeroSuffix, prio)
				names = append(names, name)
				values = append(values, "*"+name+negZeroSuffix)
			}
			at := w.offset(field.Type.Pos())
			w.add(at, at, "*", 50)
		} else if box != nil && slices.Contains(box[i:i+n], true) {
			for _, id := range field.Names {
				if id.Name == "_" {
					continue
				}
				t, ok := w.typeSource(sig.Params().At(i).Type(), fd.Body.Lbrace)
				if !ok {
					t = w.text(field.Type)
				}
				name, prio := w.boxedParamName(id)
				w.add(w.offset(id.Pos()), w.offset(id.End()), name+negZeroSuffix, prio)
				names = append(names, name)
				values = append(values, name+negZeroSuffix+".("+t+")")
			}
			w.add(w.offset(field.Type.Pos()), w.offset(field.Type.End()), "any", 50)
		}
		i += n
	}
	at := w.offset(fd.Body.Lbrace) + 1
	w.add(at, at, " "+strings.Join(names, ", ")+" := "+strings.Join(values, ", ")+";", -60)

	// The function as a value (a generic function's is a function literal
	// calling it, see lower_infer.go).
	if sig.TypeParams().Len() > 0 {
		return
	}
	lit, ok := w.callingLiteral(fn)
	if !ok {
		return // a type that cannot be written: no value (uses fail to compile)
	}
	end := w.offset(fd.End())
	w.add(end, end, "\nfunc "+negZeroValue+fd.Name.Name+strings.TrimPrefix(lit, "func"), 60)
}
