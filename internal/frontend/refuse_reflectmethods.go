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
)

// The refusals of reflection's method sets: what the registry of
// lower_reflectmethods.go would answer wrongly (twins with different
// methods handed to reflection, a type whose methods cannot be registered,
// a method set read before the methods are registered) and a template
// executed with values of the program's types with methods. See
// lower_reflectmethods.go for the registry and the calls it answers.

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
			msg = fmt.Sprintf("the interpreter holds %s and %s alike (as %s), so reflection could not tell their methods apart; give the type a shape of its own (a struct with a field no other type has)", a, b, shownRepr(k))
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

// refuseTemplateMethods refuses the execution of a text/template or
// html/template with data that holds a value of the program's types with
// exported methods: the template finds methods by reflection in compiled
// code, where the interpreter's types have none ({{.Name}} of a method
// failed, {{.}} printed the fields where Go calls String).
func refuseTemplateMethods(c *Checked, file *ast.File, j *twinJudge, others []types.Object, pos func(ast.Node) string) *Error {
	info := c.Info
	// withMethods returns a type of the program's with exported methods
	// that a value of t holds, or nil.
	// viaIface says it may be held in an interface of t.
	withMethods := func(t types.Type) (found types.Type, viaIface bool) {
		check := func(u types.Type) {
			if found != nil || types.IsInterface(u) {
				return
			}
			if n, ok := types.Unalias(derefType(u)).(*types.Named); ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "main" && methodsKey(types.NewPointer(n)) != "" {
				found = n
			}
		}
		// An interface, at the top or inside (a map[string]any, a
		// []any, a field of type any), may hold any type of the
		// program's that the program puts in an interface, or that such
		// a value holds (a []Row in a map[string]any).
		heldScanned := false
		held := func() {
			if heldScanned {
				return
			}
			heldScanned = true
			for _, tn := range checkedTypes(c, others) {
				if !types.IsInterface(tn.Type()) && (j.holds(tn.Type()) || j.holds(types.NewPointer(tn.Type()))) {
					check(tn.Type())
				}
			}
			viaIface = found != nil
		}
		walkTypeParts(t, map[types.Type]bool{}, func(u types.Type) bool {
			if types.IsInterface(u) {
				held()
			} else {
				check(u)
			}
			return found == nil
		})
		return found, viaIface
	}
	var found *Error
	// called are the selectors of the calls met (a method value is one
	// that is not); anyMethods says the program has types with exported
	// methods.
	called := map[*ast.SelectorExpr]bool{}
	anyMethods := func() bool {
		for _, tn := range checkedTypes(c, others) {
			if !types.IsInterface(tn.Type()) && methodsKey(types.NewPointer(tn.Type())) != "" {
				return true
			}
		}
		return false
	}
	// The literals handed to a template's Funcs (a map[string]any).
	funcsArgs := map[*ast.CompositeLit]bool{}
	ast.Inspect(file, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok && len(call.Args) == 1 {
			if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && sel.Sel.Name == "Funcs" && isTemplate(info.Selections[sel]) {
				if lit, ok := ast.Unparen(call.Args[0]).(*ast.CompositeLit); ok {
					funcsArgs[lit] = true
				}
			}
		}
		return true
	})
	// The functions of a FuncMap: their results reach the template as
	// data does. A function is one of a FuncMap's literal, of a literal
	// handed to Funcs, or stored into a FuncMap.
	checkFunc := func(fn ast.Expr) {
		sig, ok := types.Unalias(info.TypeOf(fn)).(*types.Signature)
		if !ok || sig.Results().Len() == 0 {
			return
		}
		// The first result: a second is an error the template
		// reports, not data. Of an interface type, what the
		// function's returns put in it (a function relaying what the
		// template gave it, its data, is checked at Execute).
		r := sig.Results().At(0).Type()
		m, viaIface := withMethods(r)
		if m != nil && viaIface {
			m = nil
			for _, t := range returnedTypes(info, file, fn) {
				if tm, tvia := withMethods(t); tm != nil && !tvia {
					m = tm
					break
				}
			}
		}
		if m != nil {
			what := "a value of " + TypeText(m)
			found = &Error{Pos: pos(fn), Msg: fmt.Sprintf(
				"template function returning %s, which has methods: the template finds methods by reflection in compiled code, which the interpreter's types do not show it; "+
					"return the values the template reads (a map, or a struct of fields, with the methods' results)", what)}
		}
	}
	ast.Inspect(file, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CompositeLit:
			if found == nil && (isTemplateFuncMap(info.TypeOf(n)) || funcsArgs[n]) {
				for _, e := range n.Elts {
					if kv, ok := e.(*ast.KeyValueExpr); ok && found == nil {
						checkFunc(kv.Value)
					}
				}
			}
		case *ast.AssignStmt:
			for i, l := range n.Lhs {
				if ix, ok := ast.Unparen(l).(*ast.IndexExpr); ok && found == nil && i < len(n.Rhs) && len(n.Lhs) == len(n.Rhs) && isTemplateFuncMap(info.TypeOf(ix.X)) {
					checkFunc(n.Rhs[i])
				}
			}
		}
		if found != nil {
			return false
		}
		if sel, ok := n.(*ast.SelectorExpr); ok && !called[sel] && (sel.Sel.Name == "Execute" || sel.Sel.Name == "ExecuteTemplate") {
			// Taken as a value (ex := t.Execute, each(t.Execute, xs)):
			// its data, given where the value is called, is not seen
			// here, and the template read none of the interpreter's
			// values right once one had methods.
			if s := info.Selections[sel]; s != nil && s.Kind() == types.MethodVal && isTemplate(s) && anyMethods() {
				args := "(w, data)"
				if sel.Sel.Name == "ExecuteTemplate" {
					args = "(w, name, data)"
				}
				found = &Error{Pos: pos(sel.Sel), Msg: fmt.Sprintf(
					"template %s taken as a function value: the shell checks the data a template is executed with where %s is called, which it cannot see through the value (and the template finds methods by reflection in compiled code, which the interpreter's types do not show it); call %s%s directly",
					sel.Sel.Name, sel.Sel.Name, types.ExprString(sel), args)}
				return false
			}
		}
		call, ok := n.(*ast.CallExpr)
		if !ok || found != nil {
			return found == nil
		}
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			return true
		}
		called[sel] = true
		if s := info.Selections[sel]; s == nil || s.Kind() != types.MethodVal || !isTemplate(s) {
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
		if m, viaIface := withMethods(t); m == nil && !j.script && mentionsEmptyInterface(t) && inDeclaredFunc(file, call) {
			j.facts.pending = append(j.facts.pending, twinPending{anyMethods: true, methods: []string{""}, err: &Error{Pos: pos(sel.Sel), Msg: fmt.Sprintf(
				"template %s with a value of %s: the template finds methods by reflection in compiled code, which the interpreter's types do not show it; "+
					"pass the values the template reads (a map, or a struct of fields, with the methods' results)", sel.Sel.Name, TypeText(t))}})
		} else if m != nil {
			what := "a value of " + TypeText(m)
			if viaIface {
				what = fmt.Sprintf("a value of %s, which may hold a %s (the program puts one in an interface)", TypeText(t), TypeText(m))
			}
			found = &Error{Pos: pos(sel.Sel), Msg: fmt.Sprintf(
				"template %s with %s, which has methods: the template finds methods by reflection in compiled code, which the interpreter's types do not show it; "+
					"pass the values the template reads (a map, or a struct of fields, with the methods' results)", sel.Sel.Name, what)}
		}
		return true
	})
	return found
}

// returnedTypes returns the types of the first results fn's return
// statements give, where fn is a function literal or a function the file
// declares; nil otherwise.
func returnedTypes(info *types.Info, file *ast.File, fn ast.Expr) []types.Type {
	var body *ast.BlockStmt
	switch f := ast.Unparen(fn).(type) {
	case *ast.FuncLit:
		body = f.Body
	case *ast.Ident:
		obj := info.Uses[f]
		for _, d := range file.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv == nil && info.Defs[fd.Name] == obj && obj != nil {
				body = fd.Body
			}
		}
	}
	if body == nil {
		return nil
	}
	var out []types.Type
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			if len(n.Results) > 0 {
				if t := info.TypeOf(n.Results[0]); t != nil {
					out = append(out, t)
				}
			}
		}
		return true
	})
	return out
}

// isTemplate reports whether s selects a method of text/template's or
// html/template's Template.
func isTemplate(s *types.Selection) bool {
	if s == nil {
		return false
	}
	n, ok := types.Unalias(derefType(s.Recv())).(*types.Named)
	if !ok || n.Obj().Name() != "Template" || n.Obj().Pkg() == nil {
		return false
	}
	p := n.Obj().Pkg().Path()
	return p == "text/template" || p == "html/template"
}

// isTemplateFuncMap reports whether t is text/template's or
// html/template's FuncMap.
func isTemplateFuncMap(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Name() != "FuncMap" || n.Obj().Pkg() == nil {
		return false
	}
	p := n.Obj().Pkg().Path()
	return p == "text/template" || p == "html/template"
}

// inDeclaredFunc reports whether n is inside a function or function
// literal the code declares (not the function statements at the prompt
// run in, _), which a later input may call again.
func inDeclaredFunc(file *ast.File, n ast.Node) bool {
	found := false
	ast.Inspect(file, func(m ast.Node) bool {
		if found || m == nil || n.Pos() < m.Pos() || n.End() > m.End() {
			return false
		}
		switch m := m.(type) {
		case *ast.FuncLit:
			found = true
		case *ast.FuncDecl:
			found = m.Name.Name != "_"
		}
		return !found
	})
	return found
}
