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

// The method sets reflection gives the program's types.
//
// yaegi v0.16.1 builds the program's types with reflect.StructOf and
// friends, which make types without methods: for
//
//	type S struct{ n int }
//	func (s S) Get() int   { return s.n }
//	func (s *S) Set(n int) { s.n = n }
//
// reflect.TypeOf(S{}).NumMethod() was 0 (Go: 1), Method(0) panicked
// ("reflect: Method index out of range"), reflect.ValueOf(&s).
// MethodByName("Set") was the zero Value and Implements(stringer) false.
// The pass registers, where the program declares them, the exported
// methods of its types with the host runtime, each as a function of the
// receiver that gives the method value:
//
//	var _ = __repl.Method("main.S", "Get", false, func(__r S) any { return __r.Get })
//	var _ = __repl.Method("main.S", "Set", true, func(__r *S) any { return __r.Set })
//
// (methods promoted from embedded fields too, through the fields), and
// sends the calls of reflect.Type and reflect.Value that read a method
// set through the runtime, which answers from the registry for the
// interpreter's types of the program's, as Go does, and as reflection does
// for any other:
//
//	t.NumMethod()          ->  __repl.TypeNumMethod("pos", t)
//	v.MethodByName("Set")  ->  __repl.ValueMethodByName("pos", v, "Set")
//	reflect.Type.Method    ->  __repl.TypeMethodExpr("pos")
//	i.Method(0)            ->  __repl.TypeMethodOr("pos", i, i.Method, 0)  (i an interface of the program's)
//	reflect.TypeOf(x)      ->  __repl.TypeOf(x)  (x an interface: of the value it holds,
//	                           where the interpreter gave its own interface value's type)
//
// (NumMethod, Method, MethodByName, Implements, and AssignableTo and
// ConvertibleTo, which answer for an interface type as Implements does).
//
// The registry knows a type by the one the interpreter builds for it, and
// the interpreter builds type M int as int and two struct types of the
// same fields alike (see ReprKey). So where the program has such calls,
// the types it hands to reflection (the arguments of reflect.TypeOf and
// ValueOf, and the types within them; for an interface, the types it may
// hold, see lower_twinheld.go) must not include two of one representation
// with different exported methods: such a program is refused at the call,
// naming the twins (at the prompt, also an input handing a twin to
// reflection after such a call was let through). A type whose methods
// cannot be registered (of a generic type, one declared in a function, an
// unnamed struct promoting methods) handed to reflection is refused so
// too. At run time the registry refuses a representation two of the
// program's types registered under, and reflection of the interpreter's
// type for an interface of the program's (a struct of its own).

// reflectSetMethods are the methods of reflect.Type and reflect.Value that
// read a method set, by receiver type, with their signatures.
var reflectSetMethods = map[string]map[string]string{
	"Type": {
		"NumMethod":     "func() int",
		"Method":        "func(int) reflect.Method",
		"MethodByName":  "func(string) (reflect.Method, bool)",
		"Implements":    "func(u reflect.Type) bool",
		"AssignableTo":  "func(u reflect.Type) bool",
		"ConvertibleTo": "func(u reflect.Type) bool",
	},
	"Value": {
		"NumMethod":    "func() int",
		"Method":       "func(int) reflect.Value",
		"MethodByName": "func(string) reflect.Value",
	},
}

// reflectSetMethod returns the receiver type ("Type" or "Value") and the
// name of the method of reflect that sel selects and that reads a method
// set, if it is one, and whether sel's receiver is reflect's own type (not
// an interface of the program's with that method).
func reflectSetMethod(info *types.Info, sel *ast.SelectorExpr) (recv, name string, direct, ok bool) {
	s := info.Selections[sel]
	if s == nil {
		return "", "", false, false
	}
	fn, isFn := s.Obj().(*types.Func)
	if !isFn {
		return "", "", false, false
	}
	name = fn.Name()
	sig := fn.Signature()
	sigText := types.TypeString(types.NewSignatureType(nil, nil, nil, sig.Params(), sig.Results(), sig.Variadic()), func(p *types.Package) string { return p.Path() })
	if r, ok := reflectType(s.Recv()); ok {
		if _, ok := reflectSetMethods[r][name]; ok {
			return r, name, true, true
		}
		return "", "", false, false
	}
	if !types.IsInterface(s.Recv()) || s.Kind() != types.MethodVal {
		return "", "", false, false
	}
	// Through an interface: by the method's name and signature.
	strip := func(s string) string { return strings.ReplaceAll(s, "u ", "") }
	for _, r := range []string{"Type", "Value"} {
		if want, ok := reflectSetMethods[r][name]; ok && strip(want) == strip(sigText) {
			return r, name, false, true
		}
	}
	return "", "", false, false
}

// reflectType returns "Type" or "Value" when t is reflect.Type or
// reflect.Value.
func reflectType(t types.Type) (string, bool) {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || n.Obj().Pkg().Path() != "reflect" {
		return "", false
	}
	switch n.Obj().Name() {
	case "Type", "Value":
		return n.Obj().Name(), true
	}
	return "", false
}

// lowerReflectMethods sends the calls reading method sets through the
// host runtime and registers the methods the segment declares.
func (w *rewriter) lowerReflectMethods(in *inspector.Inspector) error {
	info := w.info()
	var err error
	var initRun map[*types.Func]bool // made when first needed
	in.WithStack([]ast.Node{(*ast.SelectorExpr)(nil)}, func(n ast.Node, push bool, stack []ast.Node) bool {
		sel := n.(*ast.SelectorExpr)
		if !push || err != nil {
			return true
		}
		recv, name, direct, ok := reflectSetMethod(info, sel)
		if !ok {
			return true
		}
		pos := w.src.Position(w.offset(sel.Sel.Pos()))
		s := info.Selections[sel]
		call, _ := stack[len(stack)-2].(*ast.CallExpr)
		if call != nil && call.Fun != sel {
			call = nil
		}
		if call != nil && litsCalled(stack) && w.declaresMethods() {
			where := ""
			switch d := stack[1].(type) {
			case *ast.GenDecl:
				if d.Tok == token.VAR {
					where = "in a package variable's initializer"
				}
			case *ast.FuncDecl:
				if initRun == nil {
					initRun = w.initRunFuncs()
				}
				if fn, ok := info.Defs[d.Name].(*types.Func); ok && initRun[fn] {
					where = "in " + d.Name.Name + ", which a package variable's initializer calls"
				}
			}
			if where != "" {
				err = &Error{Pos: pos, Msg: fmt.Sprintf("%s %s: the shell registers the methods this code declares after the package variables are initialized, so it would find none; read it in main or in an init function", name, where)}
				return true
			}
		}
		switch {
		case s.Kind() == types.MethodExpr:
			// reflect.Type.Method
			w.add(w.offset(sel.Pos()), w.offset(sel.End()), fmt.Sprintf("%s.%s%sExpr(%q)", HelperPkg, recv, name, pos), 0)
		case direct && call != nil:
			// t.Method(i) -> __repl.TypeMethod("pos", t, i)
			w.wrapArg(sel, fmt.Sprintf("%s.%s%s(%q, ", HelperPkg, recv, name, pos), -4)
			sep := ""
			if len(call.Args) > 0 {
				sep = ", "
			}
			w.add(w.offset(sel.X.End()), w.offset(call.Lparen)+1, sep, 0)
		case direct:
			err = &Error{Pos: pos, Msg: fmt.Sprintf("reflect.%s's %s as a method value: the shell reads the program's method sets through a function of its own; call it (or use the method expression reflect.%s.%s)", recv, name, recv, name)}
			return true
		default:
			// Through an interface of the program's.
			id, isIdent := ast.Unparen(sel.X).(*ast.Ident)
			if call == nil || !isIdent {
				err = &Error{Pos: pos, Msg: fmt.Sprintf("%s through an interface holding a reflect.%s, other than as a call on a variable: the shell reads the method set through a function of its own; call it on a variable", name, recv)}
				return true
			}
			helper := recv + name + "Or"
			if name == "NumMethod" {
				helper = "TypeNumMethodOr"
			}
			w.wrapArg(sel, fmt.Sprintf("%s.%s(%q, ", HelperPkg, helper, pos), -4)
			sep := ""
			if len(call.Args) > 0 {
				sep = ", "
			}
			w.add(w.offset(sel.X.End()), w.offset(call.Lparen)+1, fmt.Sprintf(", %s.%s%s", id.Name, name, sep), 0)
		}
		return true
	})
	if err != nil {
		return err
	}
	// reflect.TypeOf(x) and ValueOf(x) of an interface.
	in.Preorder([]ast.Node{(*ast.CallExpr)(nil)}, func(n ast.Node) {
		call := n.(*ast.CallExpr)
		fn, ok := calledFunc(info, call.Fun).(*types.Func)
		if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "reflect" || len(call.Args) != 1 || (fn.Name() != "TypeOf" && fn.Name() != "ValueOf") {
			return
		}
		if t := info.TypeOf(call.Args[0]); t == nil || !types.IsInterface(t) || info.Types[call.Args[0]].IsNil() {
			return
		}
		if _, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); !ok {
			return
		}
		w.add(w.offset(call.Fun.Pos()), w.offset(call.Fun.End()), HelperPkg+"."+fn.Name(), 0)
	})
	// A program that reads no method set by reflection needs no
	// registrations; at the prompt a later input may.
	if w.mode != ModeScript || w.plan.Checked.reflect != nil && w.plan.Checked.reflect.call != nil {
		w.registerMethods()
	}
	return nil
}

// declaresMethods reports whether the segment declares a method.
func (w *rewriter) declaresMethods() bool {
	return slices.ContainsFunc(w.file.Decls, func(d ast.Decl) bool {
		fd, ok := d.(*ast.FuncDecl)
		return ok && fd.Recv != nil
	})
}

// registerMethods registers the exported methods the segment declares,
// and those its struct types promote, with the host runtime.
func (w *rewriter) registerMethods() {
	info := w.info()
	var b strings.Builder
	// A promoted method's value is taken from the field it is declared
	// on, held in a variable first: yaegi v0.16.1 compiling the method
	// value __r.Base.Describe (through an embedded field named in the
	// selector) breaks its later calls of the promoted method,
	// Derived{}.Describe() then failing to compile ("CFG post-order
	// panic"). field is the selector of the embedded field ("" for the
	// type's own method), through a pointer if it is not one (so that a
	// method with a pointer receiver binds the field, not a copy), but an
	// embedded interface (the method value __r.Greeter.Greet broke every
	// later call of Greet through such a field, p.Greeter.Greet() and
	// g.Greet() of g := p.Greeter failing to compile the same way).
	reg := func(owner *types.TypeName, name string, ptr bool, field string) {
		recv := owner.Name()
		if ptr {
			recv = "*" + recv
		}
		body := "return __r." + name
		if field != "" {
			body = "__f := " + field + "; return __f." + name
		}
		fmt.Fprintf(&b, "\nvar _ = %s.Method(%q, %q, %t, func(__r %s) any { %s })", HelperPkg, "main."+owner.Name(), name, ptr, recv, body)
	}
	for _, d := range w.file.Decls {
		switch d := d.(type) {
		case *ast.FuncDecl:
			if d.Recv == nil || !d.Name.IsExported() {
				continue
			}
			fn, ok := info.Defs[d.Name].(*types.Func)
			if !ok {
				continue
			}
			rt := fn.Signature().Recv().Type()
			_, ptr := types.Unalias(rt).(*types.Pointer)
			n, ok := types.Unalias(derefType(rt)).(*types.Named)
			if !ok || !registrable(n) {
				continue
			}
			reg(n.Obj(), d.Name.Name, ptr, "")
		case *ast.GenDecl:
			for _, spec := range d.Specs {
				ts, ok := spec.(*ast.TypeSpec)
				if !ok || ts.Assign.IsValid() {
					continue
				}
				tn, ok := info.Defs[ts.Name].(*types.TypeName)
				if !ok || !registrable(tn.Type()) {
					continue
				}
				st, ok := tn.Type().Underlying().(*types.Struct)
				if !ok {
					continue
				}
				vset := types.NewMethodSet(tn.Type())
				for sel := range types.NewMethodSet(types.NewPointer(tn.Type())).Methods() {
					if len(sel.Index()) < 2 || !sel.Obj().Exported() {
						continue
					}
					// The path through the embedded fields.
					var path []string
					var cur types.Type = st
					for _, i := range sel.Index()[:len(sel.Index())-1] {
						s, ok := derefType(cur).Underlying().(*types.Struct)
						if !ok {
							path = nil
							break
						}
						path = append(path, w.interpFieldName(s.Field(i)))
						cur = s.Field(i).Type()
					}
					if path == nil {
						continue
					}
					ptr := vset.Lookup(sel.Obj().Pkg(), sel.Obj().Name()) == nil
					field := "__r." + strings.Join(path, ".")
					switch cur.Underlying().(type) {
					case *types.Pointer:
					case *types.Interface:
					default:
						field = "&" + field
					}
					reg(tn, sel.Obj().Name(), ptr, field)
				}
			}
		}
	}
	w.methodRegs = b.String()
}
