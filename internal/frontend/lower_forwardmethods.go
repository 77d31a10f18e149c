package frontend

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ast/inspector"
)

// Lowering: the methods a struct type of the program's promotes from an
// embedded field of a compiled type, written out.
//
// yaegi v0.16.1 builds a struct type of the program's with reflection,
// which does not promote the methods of its embedded fields the way Go
// does: a value of such a type handed to compiled code as an interface
// lacked the methods (type Doc struct{ *bytes.Buffer; Title string }
// given to fmt.Fprintf or io.Copy failed with "missing method Write", or
// "reflect: Call using std._fmt_Stringer as type io.Writer";
// struct{ sync.Mutex; n int } as a sync.Locker failed to compile;
// struct{ error } or struct{ sort.Interface } handed to fmt or sort.Sort
// panicked). Called in the program's own code they work (see
// lower_promoted.go and lower_embediface.go, which write the field out).
//
// For each struct type declared at the package level (not generic) the
// pass writes each exported method it promotes from an embedded field of
// a compiled type (a compiled interface, a named type of a compiled
// package or a pointer to one) out as a method of its own, with the
// receiver Go's method sets give it (the value where the value's method
// set has the method, else the pointer), calling the field's:
//
//	type Doc struct{ *bytes.Buffer; Title string }
//	  ->  (after the declarations)
//	func (__r Doc) Write(__a0 []byte) (int, error) { return __r.Buffer.Write(__a0) }
//	...
//
// At the prompt, where a later input may declare a method on the type,
// the methods are written where a value of the type is first converted
// to a compiled interface, in the input converting it (a method of such a
// name declared later is refused: the interpreter cannot change a
// method).
//
// In a script, the methods a struct type promotes from an embedded
// interface of the program's are written out too (unexported ones with
// them): the interpreter's check of an assertion from an interface with
// methods to the struct type (or a pointer to it) does not look into the
// embedded interface, and refused valid code before it ran (a.(Loud) of
// an Animal, with type Loud struct{ Animal }: "impossible type
// assertion: main.Loud does not implement main.Animal (missing Name
// method)"), as did the checks other passes write (lower_nilrecv.go,
// lower_assertmsg.go).
//
// The type's method set is the one Go gives it, so nothing else of the
// program changes. A method whose signature names a type that cannot be
// written at the package level is left out; so is every method of a type
// declared in a function, which cannot have methods (refuse_embedcompiled.go
// stands for those of an embedded interface).

// lowerForwardMethods writes out the methods described above, and notes
// in the plan the struct types whose promoted methods are all written.
func (w *rewriter) lowerForwardMethods(in *inspector.Inspector) {
	info := w.info()
	if info == nil {
		return
	}
	if w.src.Interactive() {
		w.forwardAtConversions(in)
		return
	}
	top := w.file.Name.Pos()
	var b strings.Builder
	for _, d := range w.file.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.TYPE {
			continue
		}
		for _, s := range gd.Specs {
			ts := s.(*ast.TypeSpec)
			if ts.TypeParams != nil || ts.Assign.IsValid() || ts.Name.Name == "_" {
				continue
			}
			tn, ok := info.Defs[ts.Name].(*types.TypeName)
			if !ok {
				continue
			}
			named, ok := tn.Type().(*types.Named)
			if !ok {
				continue
			}
			if w.forwardMethods(&b, named, ts.Name.Name, top) {
				if w.plan.forwarded == nil {
					w.plan.forwarded = map[string]bool{}
				}
				w.plan.forwarded[tn.Name()] = true
			}
		}
	}
	w.IfaceCopyDecls += b.String()
}

// forwardAtConversions writes out, at the prompt, the methods a struct
// type of the session's promotes from embedded fields of compiled types
// where a value of it (or a pointer to one) is first converted to a
// compiled interface, or to an interface of the program's with methods,
// which may hand it on to a compiled one (lower_ifaceupcast.go; to any
// interface, where it embeds a compiled interface, whose methods the
// interpreter cannot promote at all).
// Written when the type was declared, they would keep a later input from
// declaring a method of such a name (the interpreter cannot change a
// method), where the prompt lets a type get its methods in later inputs.
func (w *rewriter) forwardAtConversions(in *inspector.Inspector) {
	info := w.info()
	top := w.file.Name.Pos()
	var b strings.Builder
	w.conversions(in, func(e ast.Expr, target types.Type, _ *ast.CallExpr, _ bool) {
		if !isIfaceTarget(target) || types.IsInterface(info.TypeOf(e)) {
			return
		}
		if _, _, embedsIface := embedsCompiledIface(derefType(types.Unalias(info.TypeOf(e)))); !compiledIface(target) && !programIface(target) && !embedsIface {
			return // held as any: fmt and json see the methods as they are
		}
		t := types.Unalias(info.TypeOf(e))
		if p, ok := t.(*types.Pointer); ok {
			t = types.Unalias(p.Elem())
		}
		named, ok := t.(*types.Named)
		if !ok || named.TypeParams().Len() > 0 {
			return
		}
		tn := named.Obj()
		if tn.Pkg() == nil || tn.Pkg().Path() != "main" || tn.Parent() != tn.Pkg().Scope() {
			return // a compiled type, or one declared in a function
		}
		if w.fe.forwarded[tn.Name()] || w.plan.forwarded[tn.Name()] {
			return
		}
		if w.forwardMethods(&b, named, tn.Name(), top) {
			if w.plan.forwarded == nil {
				w.plan.forwarded = map[string]bool{}
			}
			w.plan.forwarded[tn.Name()] = true
		}
	})
	w.IfaceCopyDecls += b.String()
}

// forwardMethods writes to b the methods of named (written name) that it
// promotes from embedded fields of compiled types, and reports whether it
// wrote every one of them.
func (w *rewriter) forwardMethods(b *strings.Builder, named *types.Named, name string, top token.Pos) bool {
	st, ok := named.Underlying().(*types.Struct)
	if !ok {
		return false
	}
	byValue := types.NewMethodSet(named)
	all := true
	ms := types.NewMethodSet(types.NewPointer(named))
	for i := range ms.Len() {
		sel := ms.At(i)
		idx := sel.Index()
		if len(idx) < 2 {
			continue
		}
		m, ok := sel.Obj().(*types.Func)
		if !ok {
			continue
		}
		if compiled := compiledEmbedded(st.Field(idx[0])); !(compiled && m.Exported()) && !(!compiled && w.ifaceEmbedded(st.Field(idx[0]))) {
			continue
		}
		text, ok := w.forwardMethod(name, st.Field(idx[0]).Name(), m.Name(), sel.Type().(*types.Signature), byValue.Lookup(m.Pkg(), m.Name()) == nil, top)
		if !ok {
			all = false
			continue
		}
		b.WriteString(text)
		w.plan.forwardedMethods = append(w.plan.forwardedMethods, name+"."+m.Name())
	}
	return all
}

// ifaceEmbedded reports whether f is an embedded field of an interface
// type of the program's, in a script (at the prompt, where a later input
// may declare a method of such a name on the type, the interpreter's
// promotion stands).
func (w *rewriter) ifaceEmbedded(f *types.Var) bool {
	return f.Embedded() && !w.src.Interactive() && types.IsInterface(f.Type())
}

// compiledEmbedded reports whether f is an embedded field of a compiled
// type: an interface, a named type or a pointer to one, of a compiled
// package (error too).
func compiledEmbedded(f *types.Var) bool {
	if !f.Embedded() {
		return false
	}
	t := types.Unalias(f.Type())
	if p, ok := t.(*types.Pointer); ok {
		t = types.Unalias(p.Elem())
	}
	n, ok := t.(*types.Named)
	return ok && (n.Obj().Pkg() == nil || n.Obj().Pkg().Path() != "main")
}

// forwardMethod returns the declaration of the method mname of the type
// name (a pointer receiver where ptr) calling the one of its field field,
// of signature sig; ok is false where a type of sig cannot be written at
// the package level.
func (w *rewriter) forwardMethod(name, field, mname string, sig *types.Signature, ptr bool, top token.Pos) (string, bool) {
	var params, args, results []string
	for i := range sig.Params().Len() {
		t := sig.Params().At(i).Type()
		a, dots := fmt.Sprintf("__a%d", i), ""
		if sig.Variadic() && i == sig.Params().Len()-1 {
			t, dots = t.(*types.Slice).Elem(), "..."
		}
		ts, ok := w.forwardType(t, top)
		if !ok {
			return "", false
		}
		params = append(params, a+" "+dots+ts)
		args = append(args, a+dots)
	}
	for i := range sig.Results().Len() {
		ts, ok := w.forwardType(sig.Results().At(i).Type(), top)
		if !ok {
			return "", false
		}
		results = append(results, ts)
	}
	recv := name
	if ptr {
		recv = "*" + name
	}
	res := ""
	switch len(results) {
	case 0:
	case 1:
		res = " " + results[0]
	default:
		res = " (" + strings.Join(results, ", ") + ")"
	}
	call := fmt.Sprintf("__r.%s.%s(%s)", field, mname, strings.Join(args, ", "))
	if len(results) > 0 {
		call = "return " + call
	}
	return fmt.Sprintf("\nfunc (__r %s) %s(%s)%s { %s }\n", recv, mname, strings.Join(params, ", "), res, call), true
}

// forwardType returns t written at the package level, importing the
// package of a compiled named type the code has no name for; ok is false
// where it cannot be written.
func (w *rewriter) forwardType(t types.Type, top token.Pos) (string, bool) {
	if ts, ok := w.typeSource(t, top); ok {
		return ts, true
	}
	imported := false
	var walk func(t types.Type)
	seen := map[types.Type]bool{}
	walk = func(t types.Type) {
		if seen[t] {
			return
		}
		seen[t] = true
		switch u := types.Unalias(t).(type) {
		case *types.Named:
			if w.importIface(u) {
				imported = true
			}
		case *types.Pointer:
			walk(u.Elem())
		case *types.Slice:
			walk(u.Elem())
		case *types.Array:
			walk(u.Elem())
		case *types.Map:
			walk(u.Key())
			walk(u.Elem())
		case *types.Chan:
			walk(u.Elem())
		case *types.Signature:
			for v := range u.Params().Variables() {
				walk(v.Type())
			}
			for v := range u.Results().Variables() {
				walk(v.Type())
			}
		}
	}
	walk(t)
	if !imported {
		return "", false
	}
	return w.typeSource(t, top)
}
