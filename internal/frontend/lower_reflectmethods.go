package frontend

import (
	"cmp"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"maps"
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

// reflectFacts are the types a segment hands to reflection, by the
// interpreter's representation (ReprKey), then by their text, with their
// exported methods (methodsKey) and where they were handed; and the first
// call reading a method set.
type reflectFacts struct {
	visible map[string]map[string]reflectSeen
	call    ast.Node
	// iface: it hands reflection a value in an interface, which may be
	// of any type held in one, in a later input too.
	iface bool
}

type reflectSeen struct {
	methods string
	at      ast.Node
}

// sessionReflect is what the session keeps of reflectFacts: the types
// handed to reflection, by representation, then by text, with their
// methods as they were then (a type of the session's is looked up again).
type sessionReflect struct {
	visible map[string]map[string]string
	call    string // the position of the first call reading a method set
	iface   bool
}

func (s *sessionReflect) clone() *sessionReflect {
	c := &sessionReflect{visible: map[string]map[string]string{}, call: s.call, iface: s.iface}
	for k, m := range s.visible {
		c.visible[k] = maps.Clone(m)
	}
	return c
}

func (s *sessionReflect) commit(f *reflectFacts, callPos string) {
	if f == nil {
		return
	}
	for k, m := range f.visible {
		if s.visible[k] == nil {
			s.visible[k] = map[string]string{}
		}
		for text, seen := range m {
			s.visible[k][text] = seen.methods
		}
	}
	if s.call == "" {
		s.call = callPos
	}
	s.iface = s.iface || f.iface
}

// methodsKey writes the exported methods of t (its method set, promoted
// methods too) as a key: "" for none, and with a "!" where they cannot be
// registered (see registrable).
func methodsKey(t types.Type) string {
	ms := types.NewMethodSet(t)
	var names []string
	for sel := range ms.Methods() {
		if sel.Obj().Exported() {
			names = append(names, sel.Obj().Name()+" "+types.TypeString(sel.Obj().Type(), TypeQualifier))
		}
	}
	if len(names) == 0 {
		return ""
	}
	slices.Sort(names)
	key := strings.Join(names, "; ")
	if !registrable(t) {
		key = "!" + key
	}
	return key
}

// registrable reports whether the methods of t, a type with methods, are
// known to reflection: a compiled type's own, or those the pass registers
// for a non-generic type the program declares at package level (or a
// pointer to one).
func registrable(t types.Type) bool {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok {
		return false
	}
	o := n.Obj()
	if o.Pkg() == nil || o.Pkg().Path() != "main" {
		return true
	}
	return o.Parent() == o.Pkg().Scope() && n.TypeParams().Len() == 0 && n.TypeArgs().Len() == 0
}

// reflectMethodFacts finds what file (checked as c) hands to reflection
// and refuses, where it or the session reads method sets by reflection, a
// representation two such types share with different methods (j: the
// types held in interfaces; others: the session's types).
func reflectMethodFacts(c *Checked, file *ast.File, j *twinJudge, session *sessionReflect, others []types.Object, pos func(ast.Node) string) (*reflectFacts, *Error) {
	info := c.Info
	f := &reflectFacts{visible: map[string]map[string]reflectSeen{}}
	add := func(t types.Type, at ast.Node) {
		k := ReprKey(t)
		if f.visible[k] == nil {
			f.visible[k] = map[string]reflectSeen{}
		}
		if _, ok := f.visible[k][TypeText(t)]; !ok {
			f.visible[k][TypeText(t)] = reflectSeen{methods: methodsKey(t), at: at}
		}
	}
	// parts adds t and the types it is made of, and pointers to them
	// (reflect.PointerTo, Value.Addr), but not the underlying type of a
	// named type itself (the named type stands for it).
	seen := map[types.Type]bool{}
	var parts func(t types.Type, at ast.Node)
	parts = func(t types.Type, at ast.Node) {
		if t == nil || seen[t] {
			return
		}
		seen[t] = true
		if types.IsInterface(t) || isTypeParam(t) {
			return
		}
		add(t, at)
		add(types.NewPointer(t), at)
		u := types.Unalias(t)
		if n, ok := u.(*types.Named); ok {
			u = n.Underlying()
		}
		switch u := u.(type) {
		case *types.Pointer:
			parts(u.Elem(), at)
		case *types.Slice:
			parts(u.Elem(), at)
		case *types.Array:
			parts(u.Elem(), at)
		case *types.Chan:
			parts(u.Elem(), at)
		case *types.Map:
			parts(u.Key(), at)
			parts(u.Elem(), at)
		case *types.Struct:
			for fl := range u.Fields() {
				parts(fl.Type(), at)
			}
		case *types.Signature:
			for v := range u.Params().Variables() {
				parts(v.Type(), at)
			}
			for v := range u.Results().Variables() {
				parts(v.Type(), at)
			}
		}
	}
	// held adds the types an interface may hold (at: where reflection is
	// handed one, or nil for the session's, where the segment puts a type
	// in an interface).
	heldDone := false
	held := func(at ast.Node) {
		if heldDone {
			return
		}
		heldDone = true
		f.iface = true
		where := func(t types.Type) ast.Node {
			if at != nil {
				return at
			}
			return j.facts.held[heldKey(t)]
		}
		for _, tn := range checkedTypes(c, others) {
			t := tn.Type()
			if types.IsInterface(t) || isGenericType(t) {
				continue
			}
			if j.holds(t) || j.holds(types.NewPointer(t)) {
				parts(t, where(t))
			}
			// Its twin without a name: a struct of its fields only where
			// the program puts one in an interface (compiled code makes
			// none of the program's shape but through reflection, which
			// gives the program's own values), a basic type or another
			// where anything may.
			u := t.Underlying()
			if _, isStruct := u.(*types.Struct); isStruct {
				if k := heldKey(u); j.facts.held[k] != nil || j.session.held[k] {
					parts(u, where(u))
				}
			} else if j.holds(u) {
				parts(u, where(u))
			}
		}
	}
	origin := func(e ast.Expr, at ast.Node) {
		t := info.TypeOf(e)
		if t == nil {
			return
		}
		if types.IsInterface(t) {
			held(at)
			return
		}
		parts(types.Default(t), at)
	}
	ast.Inspect(file, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.SelectorExpr:
			if _, _, _, ok := reflectSetMethod(info, n); ok && f.call == nil {
				f.call = n.Sel
			}
		case *ast.CallExpr:
			fn, ok := calledFunc(info, n.Fun).(*types.Func)
			if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "reflect" || len(n.Args) != 1 {
				break
			}
			switch fn.Name() {
			case "TypeOf", "ValueOf":
				origin(n.Args[0], n)
			}
		case *ast.Ident:
			if inst, ok := info.Instances[n]; ok {
				if fn, ok := info.Uses[n].(*types.Func); ok && fn.Pkg() != nil && fn.Pkg().Path() == "reflect" && fn.Name() == "TypeFor" {
					for t := range inst.TypeArgs.Types() {
						if types.IsInterface(t) {
							continue
						}
						parts(t, n)
					}
				}
			}
		}
		return true
	})
	if err := refuseTemplateMethods(c, file, j, others, pos); err != nil {
		return nil, err
	}
	if session.iface {
		held(nil)
	}
	if f.call == nil && session.call == "" {
		return f, nil
	}
	// The methods registered (see registerMethods) by representation:
	// the program's types with exported methods, and pointers to them,
	// as this check sees them, which a representation reflection is
	// given is answered from.
	program := map[string]types.Type{}
	registered := map[string]map[string]string{} // representation -> methods -> text
	for _, tn := range checkedTypes(c, others) {
		t := tn.Type()
		if types.IsInterface(t) || !registrable(t) {
			continue
		}
		for _, u := range []types.Type{t, types.NewPointer(t)} {
			program[TypeText(u)] = u
			if ms := methodsKey(u); ms != "" {
				k := ReprKey(u)
				if registered[k] == nil {
					registered[k] = map[string]string{}
				}
				registered[k][ms] = TypeText(u)
			}
		}
	}
	// The types this segment declares, or declares methods of.
	declared := map[string]ast.Node{}
	for _, d := range file.Decls {
		switch d := d.(type) {
		case *ast.FuncDecl:
			if d.Recv != nil && len(d.Recv.List) == 1 {
				if n, ok := types.Unalias(derefType(info.TypeOf(d.Recv.List[0].Type))).(*types.Named); ok && declared[n.Obj().Name()] == nil {
					declared[n.Obj().Name()] = d.Name
				}
			}
		case *ast.GenDecl:
			for _, spec := range d.Specs {
				if ts, ok := spec.(*ast.TypeSpec); ok && declared[ts.Name.Name] == nil {
					declared[ts.Name.Name] = ts.Name
				}
			}
		}
	}
	// Pointers after what they point to, so that a refusal names the
	// types themselves.
	keys := slices.Collect(maps.Keys(f.visible))
	for k := range session.visible {
		if f.visible[k] == nil {
			keys = append(keys, k)
		}
	}
	slices.SortFunc(keys, func(a, b string) int {
		return cmp.Or(strings.Compare(strings.TrimLeft(a, "*"), strings.TrimLeft(b, "*")), len(a)-len(b))
	})
	for _, k := range keys {
		sets := map[string]string{} // methods -> a type's text
		var at ast.Node             // where this segment adds a set
		for text, ms := range session.visible[k] {
			if t, ok := program[text]; ok {
				ms = methodsKey(t) // as declared now
			}
			sets[ms] = text
		}
		for _, text := range slices.Sorted(maps.Keys(f.visible[k])) {
			s := f.visible[k][text]
			if _, ok := sets[s.methods]; !ok {
				sets[s.methods] = text
				if s.at != nil && (at == nil || s.at.Pos() < at.Pos()) {
					at = s.at
				}
			}
		}
		for ms, text := range registered[k] {
			if _, ok := sets[ms]; !ok {
				sets[ms] = text
				for _, v := range f.visible[k] {
					if at == nil || v.at != nil && v.at.Pos() < at.Pos() {
						at = v.at
					}
				}
				if at == nil {
					at = declared[strings.TrimPrefix(text, "*")] // its methods declared here
				}
			}
		}
		ms := slices.Sorted(maps.Keys(sets))
		var msg string
		switch {
		case len(ms) > 0 && strings.HasPrefix(ms[len(ms)-1], "!"):
			msg = fmt.Sprintf("the interpreter builds %s without its methods, and cannot give them to reflection (a generic type, a type declared in a function or an unnamed struct promoting methods); declare a type of its own at package level", sets[ms[len(ms)-1]])
		case len(ms) >= 2:
			a, b := sets[ms[0]], sets[ms[1]]
			if ms[0] == "" {
				a, b = b, a
			}
			msg = fmt.Sprintf("the interpreter holds %s and %s alike (as %s), so reflection could not tell their methods apart; give the type a shape of its own (a struct with a field no other type has)", a, b, k)
		default:
			continue
		}
		if f.call != nil {
			return nil, &Error{Pos: pos(f.call), Msg: "reflection of a method set: " + msg}
		}
		if at == nil {
			continue // the session's own: refused when it came
		}
		return nil, &Error{Pos: pos(at), Msg: fmt.Sprintf("a type handed to reflection, or methods given to a type, here: %s (the method set is read by reflection at %s)", msg, session.call)}
	}
	return f, nil
}

// isGenericType reports whether t is a generic type or an instance of one.
func isGenericType(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && (n.TypeParams().Len() > 0 || n.TypeArgs().Len() > 0)
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
			w.add(w.offset(sel.Pos()), w.offset(sel.Pos()), fmt.Sprintf("%s.%s%s(%q, ", HelperPkg, recv, name, pos), -4)
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
			w.add(w.offset(sel.Pos()), w.offset(sel.Pos()), fmt.Sprintf("%s.%s(%q, ", HelperPkg, helper, pos), -4)
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

// litsCalled reports whether every function literal on stack (from the
// declaration down) is called where it is written (or given to a call,
// which may call it): code in it runs when the declaration's does.
func litsCalled(stack []ast.Node) bool {
	for i, n := range stack {
		if _, lit := n.(*ast.FuncLit); lit {
			if _, call := stack[i-1].(*ast.CallExpr); !call {
				return false
			}
		}
	}
	return true
}

// initRunFuncs returns the functions and methods the segment declares that
// a package variable's initializer calls, itself or through others (in
// function literals it calls too).
func (w *rewriter) initRunFuncs() map[*types.Func]bool {
	info := w.info()
	decls := map[*types.Func]*ast.FuncDecl{}
	var queue []ast.Node
	for _, d := range w.file.Decls {
		switch d := d.(type) {
		case *ast.FuncDecl:
			if fn, ok := info.Defs[d.Name].(*types.Func); ok && d.Body != nil {
				decls[fn] = d
			}
		case *ast.GenDecl:
			if d.Tok == token.VAR {
				queue = append(queue, d)
			}
		}
	}
	run := map[*types.Func]bool{}
	for len(queue) > 0 {
		root := queue[0]
		queue = queue[1:]
		var stack []ast.Node
		ast.Inspect(root, func(n ast.Node) bool {
			if n == nil {
				stack = stack[:len(stack)-1]
				return true
			}
			if _, lit := n.(*ast.FuncLit); lit && len(stack) > 0 {
				if _, call := stack[len(stack)-1].(*ast.CallExpr); !call {
					return false // a value, run later if at all
				}
			}
			if call, ok := n.(*ast.CallExpr); ok {
				if fn, ok := calledFunc(info, call.Fun).(*types.Func); ok && decls[fn] != nil && !run[fn] {
					run[fn] = true
					queue = append(queue, decls[fn].Body)
				}
			}
			stack = append(stack, n)
			return true
		})
	}
	return run
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
	reg := func(owner *types.TypeName, name string, ptr bool, path string) {
		recv := owner.Name()
		if ptr {
			recv = "*" + recv
		}
		fmt.Fprintf(&b, "\nvar _ = %s.Method(%q, %q, %t, func(__r %s) any { return __r.%s })", HelperPkg, "main."+owner.Name(), name, ptr, recv, path)
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
			reg(n.Obj(), d.Name.Name, ptr, d.Name.Name)
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
						path = append(path, s.Field(i).Name())
						cur = s.Field(i).Type()
					}
					if path == nil {
						continue
					}
					ptr := vset.Lookup(sel.Obj().Pkg(), sel.Obj().Name()) == nil
					reg(tn, sel.Obj().Name(), ptr, strings.Join(append(path, sel.Obj().Name()), "."))
				}
			}
		}
	}
	w.methodRegs = b.String()
}

// refuseTemplateMethods refuses the execution of a text/template or
// html/template with data that holds a value of the program's types with
// exported methods: the template finds methods by reflection in compiled
// code, where the interpreter's types have none ({{.Name}} of a method
// failed, {{.}} printed the fields where Go calls String).
func refuseTemplateMethods(c *Checked, file *ast.File, j *twinJudge, others []types.Object, pos func(ast.Node) string) *Error {
	info := c.Info
	// withMethods returns a type of the program's with exported methods
	// that a value of t holds, or nil.
	withMethods := func(t types.Type) types.Type {
		var found types.Type
		check := func(u types.Type) {
			if found != nil || types.IsInterface(u) {
				return
			}
			if n, ok := types.Unalias(derefType(u)).(*types.Named); ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "main" && methodsKey(types.NewPointer(n)) != "" {
				found = n
			}
		}
		if types.IsInterface(t) {
			for _, tn := range checkedTypes(c, others) {
				if !types.IsInterface(tn.Type()) && (j.holds(tn.Type()) || j.holds(types.NewPointer(tn.Type()))) {
					check(tn.Type())
				}
			}
			return found
		}
		walkTypeParts(t, map[types.Type]bool{}, func(u types.Type) bool {
			check(u)
			return found == nil
		})
		return found
	}
	var found *Error
	ast.Inspect(file, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || found != nil {
			return found == nil
		}
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			return true
		}
		s := info.Selections[sel]
		if s == nil || s.Kind() != types.MethodVal {
			return true
		}
		n2, ok := types.Unalias(derefType(s.Recv())).(*types.Named)
		if !ok || n2.Obj().Name() != "Template" || n2.Obj().Pkg() == nil {
			return true
		}
		if p := n2.Obj().Pkg().Path(); p != "text/template" && p != "html/template" {
			return true
		}
		at := map[string]int{"Execute": 1, "ExecuteTemplate": 2}[sel.Sel.Name]
		if at == 0 || at >= len(call.Args) {
			return true
		}
		t := info.TypeOf(call.Args[at])
		if t == nil || info.Types[call.Args[at]].IsNil() {
			return true
		}
		if m := withMethods(t); m != nil {
			found = &Error{Pos: pos(sel.Sel), Msg: fmt.Sprintf(
				"template %s with a value of %s, which has methods: the template finds methods by reflection in compiled code, which the interpreter's types do not show it; "+
					"pass the values the template reads (a map, or a struct of fields, with the methods' results)", sel.Sel.Name, TypeText(m))}
		}
		return true
	})
	return found
}
