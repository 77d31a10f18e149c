package frontend

import (
	"fmt"
	"go/ast"
	"go/types"
)

// Lowering: values of the program's types handed to log/slog.
//
// yaegi v0.16.1 hands a value of an interpreted type to a compiled `any`
// parameter without its methods (see lower_fmt.go), so log/slog never
// found the methods of the program's types it calls:
//
//   - LogValue: a Secret whose LogValue says REDACTED was logged as its
//     value (pw=hunter2);
//   - String and Error, which the TextHandler calls through fmt's %+v and
//     the JSONHandler calls for an error: a Pt{1, 2} whose String says
//     pt! was logged at="{X:1 Y:2}", a `type Level int` with a String
//     method as its number.
//
// An argument of a log/slog function or method (Info, Logger.With, Log,
// Any, AnyValue, Group, ...) passed as any, of the program's type (or a
// pointer to one):
//
//   - that implements slog.LogValuer goes through __repl.AsLogValuer,
//     whose parameter of type slog.LogValuer makes the interpreter wrap it
//     with its LogValue method, which slog then calls;
//   - with an Error or String method goes through __repl.SlogValue, a
//     compiled value that prints as fmt's %+v prints the value (its
//     method's text, <nil> for a nil pointer whose method panics) and
//     encodes to JSON as the JSONHandler encodes it (Error's text; for a
//     Stringer, the value as encoding/json encodes it, through
//     lower_json.go's conversion where the interpreter's json would
//     encode it wrongly);
//   - without such methods, holding the program's types where fmt's %+v
//     prints them wrongly in the interpreter (a field with a String
//     method, an unexported field), goes through __repl.SlogFields, which
//     prints lower_fmtvalue.go's nodes and encodes as above:
//
//	slog.Info("login", "pw", pw)  ->  slog.Info("login", "pw", __repl.AsLogValuer(pw))
//	lg.Error("x", "at", p)        ->  lg.Error("x", "at", func(__v Pt) any { return __repl.SlogValue(__v, false, "String", func() string { return __v.String() }) }(p))
//
// Refused before it runs, with its position and the way around: a
// value whose fields hold interfaces that may hold such types; an
// argument of an interface type (any, a []any spread as args...) where
// the program puts in an interface a value of its type with such a
// method (the interpreter holds it without its methods: a Pt in an any
// was logged at="{node:0xc... value:{...}}"); an argument of a type with a MarshalText, MarshalJSON or Format method
// (which slog's handlers call before String and Error), and one whose
// conversion for fmt or json cannot be written (see lower_fmtvalue.go,
// lower_json.go). A value whose type is a byte slice is left as it is:
// slog prints its bytes.

// lowerSlogArgs rewrites the arguments of a call of log/slog's functions
// and methods, as the doc above says.
func (w *rewriter) lowerSlogArgs(n *ast.CallExpr, fn *types.Func, info *types.Info) {
	sig := fn.Signature()
	params := sig.Params()
	if n.Ellipsis.IsValid() {
		if len(n.Args) > 0 {
			a := n.Args[len(n.Args)-1]
			if s, ok := underlying(info.TypeOf(a)).(*types.Slice); ok && types.IsInterface(s.Elem()) {
				w.refuseSlogHeld(a, info.TypeOf(a), s.Elem(), "slog."+fn.Name())
			}
		}
		return
	}
	for i, a := range n.Args {
		var pt types.Type
		switch {
		case sig.Variadic() && i >= params.Len()-1:
			pt = params.At(params.Len() - 1).Type().(*types.Slice).Elem()
		case i < params.Len():
			pt = params.At(i).Type()
		default:
			continue
		}
		if iface, ok := pt.Underlying().(*types.Interface); !ok || !iface.Empty() {
			continue
		}
		t := info.TypeOf(a)
		if t != nil && types.IsInterface(t) {
			w.refuseSlogHeld(a, t, t, "slog."+fn.Name())
			continue
		}
		if _, ok := userType(t); !ok {
			w.lowerSlogFields(a, t, "slog."+fn.Name())
			continue
		}
		if implements(t, "log/slog", "LogValuer") {
			open := HelperPkg + ".AsLogValuer("
			if _, ptr := t.Underlying().(*types.Pointer); ptr && !isAddrOfLit(a) {
				// A nil one goes as a nil interface, unless it is
				// given its method (as fmt's Stringer, lower_fmt.go).
				open = fmt.Sprintf("func(__v %s) any { if __v == nil { return %s.NilLogValuer(func() any { return __v.LogValue() }) }; return %s.AsLogValuer(__v) }(", w.argTypeSource(t, a.Pos()), HelperPkg, HelperPkg)
			}
			w.wrapArg(a, open, -5)
			w.add(w.offset(a.End()), w.offset(a.End()), ")", 5)
			continue
		}
		w.lowerSlogMethods(a, t, "slog."+fn.Name())
	}
}

// lowerSlogMethods passes a, of the program's type t, as a value that
// slog's handlers print and encode as Go's do (see the doc above), or
// refuses it; call names the function for the message.
func (w *rewriter) lowerSlogMethods(a ast.Expr, t types.Type, call string) {
	for _, m := range []struct{ pkg, iface, method string }{
		{"fmt", "Formatter", "Format"},
		{"encoding", "TextMarshaler", "MarshalText"},
		{"encoding/json", "Marshaler", "MarshalJSON"},
	} {
		if implements(t, m.pkg, m.iface) {
			w.refuse(a, fmt.Sprintf("%s's argument of type %s, which has a %s method: the interpreter hands log/slog the value without its methods, so its handler would not call %s (give the type a LogValue method, or log the method's result)", call, reflectString(t), m.method, m.method))
			return
		}
	}
	method := printMethod(t)
	if method == "" {
		w.lowerSlogFields(a, t, call)
		return
	}
	if s, ok := t.Underlying().(*types.Slice); ok && isByte(s.Elem()) {
		return // slog prints the bytes, as it is handed them
	}
	decls, jsonNode, ok := w.slogJSON(a, t, call)
	if !ok {
		return
	}
	if method == "Error" {
		decls, jsonNode = "", "nil" // slog encodes Error's text
	}
	src, ok := w.typeSource(t, a.Pos())
	if !ok {
		w.refuse(a, fmt.Sprintf("%s's argument of type %s, which has a %s method log/slog calls, where the type cannot be named (a local type hides its name): the interpreter would hand slog the value without the method (log v.%s() instead)", call, reflectString(t), method, method))
		return
	}
	isNil := "false"
	if _, ptr := t.Underlying().(*types.Pointer); ptr {
		isNil = "__v == nil"
	}
	w.wrapArg(a, fmt.Sprintf("func(__v %s) any { %sreturn %s.SlogValue(__v, %s, %q, func() string { return __v.%s() }, %s) }(", src, decls, HelperPkg, isNil, method, method, jsonNode), -5)
	w.add(w.offset(a.End()), w.offset(a.End()), ")", 5)
}

// slogWrapped reports whether lowerSlogArgs hands log/slog an argument of
// type t (passed as any, in a call without ...) as a compiled value of
// the host runtime's (SlogValue, SlogFields) rather than as the value, or
// refuses it: the value itself is then not held in an interface that
// slog could hand back (a Handler of the program's reads its records'
// values), see lower_twinheld.go. A LogValuer goes as the interpreter's
// wrapper, which holds it; a value fmt prints rightly, as it is.
func slogWrapped(t types.Type) bool {
	if t == nil || types.IsInterface(t) || isTypeParam(t) {
		return false
	}
	if _, ok := userType(t); ok {
		if implements(t, "log/slog", "LogValuer") {
			return false
		}
		if implements(t, "fmt", "Formatter") || implements(t, "encoding", "TextMarshaler") || implements(t, "encoding/json", "Marshaler") {
			return true // refused
		}
		if printMethod(t) != "" {
			s, ok := t.Underlying().(*types.Slice)
			return !ok || !isByte(s.Elem())
		}
	}
	return needsFmtNodes(t, fmtVerbClass("+v"), false, true, false)
}

// slogMethods are the methods log/slog's handlers call on a value (or
// through fmt's %+v, or encoding/json).
var slogMethods = []string{"LogValue", "Format", "MarshalText", "MarshalJSON", "Error", "String"}

// refuseSlogHeld refuses a, an argument of log/slog's (of type t) whose
// values are held in the interface iface, where the program puts in an
// interface a value of its own type with a method slog would call: the
// interpreter hands slog such a value without its methods (at="{X:1
// Y:2}" for a Pt held in an any, whose String says pt!). Of an error, the
// interpreter's wrapper has the Error method: only the other methods
// count.
func (w *rewriter) refuseSlogHeld(a ast.Expr, t, iface types.Type, call string) {
	isErr := types.Identical(iface, types.Universe.Lookup("error").Type())
	for _, tn := range w.heldTypes() {
		for _, ht := range []types.Type{tn.Type(), types.NewPointer(tn.Type())} {
			if !w.heldOrLost(heldKey(ht)) || !types.AssignableTo(ht, iface) {
				continue
			}
			if !isErr && needsFmtNodes(ht, fmtVerbClass("+v"), false, true, false) {
				w.refuse(a, fmt.Sprintf("%s's argument of type %s, which may hold a %s (the program puts one in an interface), whose fields fmt's %%+v would print wrongly in the interpreter (a field with a String method, an unexported field): pass the value with its own type", call, TypeText(t), TypeText(ht)))
				return
			}
			for _, m := range slogMethods {
				if isErr && (m == "Error" || m == "String") || !hasValueMethod(ht, m) {
					continue
				}
				w.refuse(a, fmt.Sprintf("%s's argument of type %s, which may hold a %s (the program puts one in an interface), whose %s method log/slog would call: the interpreter hands slog a value held in an interface without its methods; pass the value with its own type, or log the method's result", call, TypeText(t), TypeText(ht), m))
				return
			}
		}
	}
	if c := w.plan.Checked; c != nil && c.twins != nil && w.mode != ModeScript && !isErr && inDeclaredFunc(w.file, a) {
		// A later input may put such a value in an interface
		// (earlierHeldMethods).
		c.twins.pending = append(c.twins.pending, twinPending{anyMethods: true, methods: slogMethods, err: &Error{
			Pos: w.src.Position(w.offset(a.Pos())),
			Msg: fmt.Sprintf("%s's argument of type %s: the interpreter hands log/slog a value held in an interface without its methods; pass the value with its own type, or log the method's result", call, TypeText(t)),
		}})
	}
}

// hasValueMethod reports whether the method set of t (not of its
// pointer) has a method name.
func hasValueMethod(t types.Type, name string) bool {
	return types.NewMethodSet(t).Lookup(nil, name) != nil
}

// lowerSlogFields passes a, of type t without methods slog calls, whose
// value holds the program's types where fmt's %+v prints them wrongly in
// the interpreter (a field with a String method, an unexported field:
// {ID:1 Status:1} where Go prints {ID:1 Status:active}, {Xhost:h} for
// {host:h}), as a value that slog's TextHandler prints through
// lower_fmtvalue.go's nodes and its JSONHandler encodes as the value;
// one that encoding/json would encode wrongly in the interpreter is
// refused.
func (w *rewriter) lowerSlogFields(a ast.Expr, t types.Type, call string) {
	if t == nil || types.IsInterface(t) {
		return
	}
	if _, ok := t.(*types.TypeParam); ok {
		return
	}
	v := fmtVerbClass("+v")
	dyn := false
	if holdsFmtIface(t, v) {
		_, dyn = w.fmtHeld(v, false)
	}
	if !needsFmtNodes(t, v, false, true, dyn) {
		return
	}
	if holdsDynIface(t) && w.slogHeldWrong(v) {
		w.refuse(a, fmt.Sprintf("%s's argument of type %s, which holds interfaces that may hold values of your types, which the interpreter's fmt and encoding/json show wrongly for slog's handlers: log the fields you need one by one, or give the type a LogValue method", call, reflectString(t)))
		return
	}
	jdecls, jsonNode, ok := w.slogJSON(a, t, call)
	if !ok {
		return
	}
	g, src, f, why, way := w.convertArg(a, t, call, v, dyn)
	if why != "" {
		w.refuse(a, fmt.Sprintf("%s's argument of type %s, which holds %s: the interpreter would log it wrongly (%s)", call, reflectString(t), why, way))
		return
	}
	isNil := "false"
	if _, ptr := t.Underlying().(*types.Pointer); ptr {
		isNil = "__v == nil"
	}
	end := w.offset(a.End())
	w.wrapArg(a, fmt.Sprintf("func(__v %s) any { %s%s; %sreturn %s.SlogFields(__v, %s, %s(__v), %s) }(", src, g.decls.String(), g.bodies.String(), jdecls, HelperPkg, isNil, f, jsonNode), -5)
	w.add(end, end, ")", 5)
}

// slogJSON returns the declarations and the expression (of __v) that
// convert a value of type t for slog's JSONHandler as lower_json.go does
// for json.Marshal, where encoding/json would encode it wrongly in the
// interpreter ("nil": the value as it is); ok is false when it refused a.
func (w *rewriter) slogJSON(a ast.Expr, t types.Type, call string) (decls, node string, ok bool) {
	if !jsonNeeds(t) {
		return "", "nil", true
	}
	g := &jsonConv{w: w, a: a, funcs: map[string]string{}}
	f := g.conv(t, false)
	if g.failed != "" || f == "" {
		why, way := g.failed, g.way
		if why == "" {
			why, way = "its type is not in scope here", "declare the type at package level"
		}
		w.refuse(a, fmt.Sprintf("%s's argument of type %s, which holds %s: the interpreter would encode it wrongly for a JSONHandler (%s)", call, reflectString(t), why, way))
		return "", "", false
	}
	return g.decls.String() + g.bodies.String() + "; ", f + "(__v)", true
}

// slogHeldWrong reports whether a value of the program's that fmt (with
// v) or encoding/json shows wrongly in the interpreter may be held in an
// interface: in a script, one of the types it puts in interfaces (a type
// with a LogValue method alone is shown right); at the prompt, any (a
// later input may put one in).
func (w *rewriter) slogHeldWrong(v fmtVerb) bool {
	if w.mode != ModeScript {
		return true
	}
	fh, _ := w.fmtHeld(v, false)
	jh, _ := w.jsonHeld()
	return len(fh) > 0 || len(jh) > 0
}
