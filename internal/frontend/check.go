package frontend

import (
	"cmp"
	"fmt"
	"go/ast"
	"go/constant"
	"go/parser"
	"go/scanner"
	"go/token"
	"go/types"
	"maps"
	"math"
	"reflect"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"strings"

	"github.com/asyncrepl/asyncrepl/internal/gosrc"
	"github.com/asyncrepl/asyncrepl/stdlib_bindings/stdtypes"
)

// The type check: every segment is checked by go/types, as the Go compiler
// would check it, before the interpreter sees it, so that invalid Go is
// refused in the type checker's words at a position in the user's text
// (yaegi accepts some invalid Go, and says much of the rest in its own
// words), and so that the rewriting after it can know types rather than
// guess them.
//
// A script is checked as the program it is. An input, or a file loaded into
// the session, is checked in the context of the session: the checker keeps
// the objects (types, functions, methods, variables and constants) that
// earlier inputs declared, and before each check writes them out as a file
// of declarations without bodies (sessionFile), next to the input's own
// file. The declarations are written from the objects' types, with every
// package imported under a name of the checker's own, so the file means the
// same whatever the user imported under which name; a type declared again
// is the new one for everything declared later.
//
// At the prompt, three things Go reports as errors are not: the variables
// an input declares at its top level are the session's (used later), the
// imports of an input are the session's, and the final expression of an
// input is its result.

// Checked is what the type check of a segment found.
type Checked struct {
	Info *types.Info
	pkg  *types.Package
	// named is checkedTypes' answer, made once (the passes ask it with the
	// session's objects each).
	named []*types.TypeName
	// decls are the objects the segment declares for the session, by name
	// (methods by "T.M").
	decls map[string]types.Object
	// unstale are the variables refuse_stale.go marked that the segment
	// assigns whole again.
	unstale []string
	// params and paramAsserted are assertMarks' answer, made once.
	params        *paramMarks
	paramAsserted map[string][]bool
	// Result is the final expression of a statement segment, whose value
	// prints, if it has one.
	Result ast.Expr
	// asserted are, by generic function or type, its type parameters that
	// its code asserts to, with the session's (see lower_typeparamassert.go).
	asserted map[string][]bool
	// converted are, by generic function or type, its type parameters
	// that its code converts to, with the session's (see
	// lower_typeparamassert.go).
	converted map[string][]bool
	// ptrParams are, by generic function, its parameters taken by a
	// pointer, with the session's (see lower_negzero.go).
	ptrParams map[string][]bool
	// twins are the types the segment puts in interfaces, and the
	// constructs the twin checks let through (see lower_twinheld.go).
	twins *twinFacts
	// reflect are the types the segment hands to reflection, and its
	// first call reading a method set (see lower_reflectmethods.go).
	reflect     *reflectFacts
	reflectCall string
	// embedders are the struct types the segment declares in functions
	// that have methods by embedding, by the name their tags give them
	// (see lower_localassert.go).
	embedders map[string]*types.TypeName
	// stmts are, at the prompt, the statements of a statement segment,
	// which run once, while the input runs (see runsOnce).
	stmts *ast.BlockStmt
}

// runsOnce reports whether code at pos runs only while its input runs:
// at the prompt, in the statements of a statement input, outside any
// function literal (a function, or a function literal, may be called
// again by a later input, with values later inputs put in interfaces).
func (c *Checked) runsOnce(pos token.Pos) bool {
	if c == nil || c.stmts == nil || pos < c.stmts.Lbrace || pos > c.stmts.Rbrace {
		return false
	}
	once := true
	ast.Inspect(c.stmts, func(n ast.Node) bool {
		if !once || n == nil || pos < n.Pos() || pos >= n.End() {
			return false
		}
		if _, ok := n.(*ast.FuncLit); ok {
			once = false
		}
		return once
	})
	return once
}

// typeOf returns the type of expression e, or nil when unknown.
func (c *Checked) typeOf(e ast.Expr) types.Type {
	if c == nil {
		return nil
	}
	return c.Info.TypeOf(e)
}

// infoOrNil returns what the check recorded, or nil when there was no check.
func (c *Checked) infoOrNil() *types.Info {
	if c == nil {
		return nil
	}
	return c.Info
}

// DeclType returns the static type of what the segment declared under
// name, or nil when unknown.
func (c *Checked) DeclType(name string) types.Type {
	if c == nil || c.decls[name] == nil {
		return nil
	}
	return c.decls[name].Type()
}

// ResultTypes returns the static types of the values of the segment's
// final expression (untyped constants as the type they take as a value),
// or nil when unknown.
func (c *Checked) ResultTypes() []types.Type {
	if c == nil || c.Result == nil {
		return nil
	}
	tv, ok := c.Info.Types[c.Result]
	if !ok || tv.Type == nil || tv.IsVoid() || tv.IsType() || tv.IsBuiltin() {
		return nil
	}
	if tup, ok := tv.Type.(*types.Tuple); ok {
		var ts []types.Type
		for v := range tup.Variables() {
			ts = append(ts, v.Type())
		}
		return ts
	}
	return []types.Type{types.Default(tv.Type)}
}

// ResultCallsLoop reports whether the segment's final expression is a
// call of a function or method of package loop, whose results, as
// asyncio's, say nothing when nil (fut.SetResult(3), loop.Await of a
// sleep).
func (c *Checked) ResultCallsLoop() bool {
	if c == nil || c.Result == nil {
		return false
	}
	call, ok := ast.Unparen(c.Result).(*ast.CallExpr)
	if !ok {
		return false
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	fn, ok := c.Info.Uses[sel.Sel].(*types.Func)
	return ok && fn.Pkg() != nil && fn.Pkg().Path() == loopPath
}

// TypeText writes t as the user reads it: packages by their names, the
// session's types by theirs.
func TypeText(t types.Type) string { return types.TypeString(t, TypeQualifier) }

// sessionTypes is what the checker keeps between inputs: the objects the
// session declared, by name (methods by "T.M"), and for each the names of
// the session's types its declaration mentions.
type sessionTypes struct {
	Objs map[string]types.Object
	deps map[string][]string
	// tags are the names the tags of the session's struct types give
	// them (see structTagKeyOf): `type V P` has its own (redefinedStruct).
	tags map[string]string
	// asserted are, by generic function or type, its type parameters that
	// its code asserts to (see lower_typeparamassert.go).
	asserted map[string][]bool
	// converted are, by generic function or type, its type parameters
	// that its code converts to (see lower_typeparamassert.go).
	converted map[string][]bool
	// ptrParams are, by generic function, its parameters taken by a
	// pointer (see lower_negzero.go).
	ptrParams map[string][]bool
	// twins are the types the session put in interfaces, and the
	// constructs the twin checks let through (see lower_twinheld.go).
	twins *sessionTwins
	// reflect are the types the session handed to reflection (see
	// lower_reflectmethods.go).
	reflect *sessionReflect
	// embedders are the struct types earlier inputs declared in
	// functions that have methods by embedding, by the name their tags
	// give them (see lower_localassert.go).
	embedders map[string]*types.TypeName
	// stale are the variables that may hold functions made before a hard
	// stop, with the stop (see refuse_stale.go).
	stale map[string]string
}

func newSessionTypes() *sessionTypes {
	return &sessionTypes{Objs: map[string]types.Object{}, deps: map[string][]string{}, tags: map[string]string{}, asserted: map[string][]bool{}, converted: map[string][]bool{}, ptrParams: map[string][]bool{}, twins: newSessionTwins(), reflect: &sessionReflect{visible: map[string]map[string]string{}}, embedders: map[string]*types.TypeName{}}
}

// commit adds what a segment declared to the session.
func (st *sessionTypes) commit(c *Checked) {
	if c == nil {
		return
	}
	// A type declared again loses the methods of the old one.
	for name, obj := range c.decls {
		if _, ok := obj.(*types.TypeName); ok {
			for key := range st.Objs {
				if recv, _, ok := strings.Cut(key, "."); ok && recv == name {
					delete(st.Objs, key)
				}
			}
		}
	}
	for _, name := range c.unstale {
		delete(st.stale, name)
	}
	// A function declared again: its assertions are its new code's.
	for k, a := range st.twins.asserted {
		if _, again := c.decls[a.decl]; again {
			delete(st.twins.asserted, k)
		}
	}
	for key, obj := range c.decls {
		delete(st.stale, key)
		st.Objs[key] = obj
		st.deps[key] = mentioned(obj)
		if tn, ok := obj.(*types.TypeName); ok {
			delete(st.tags, key)
			if n, ok := tn.Type().(*types.Named); ok && structTagged(n) {
				if name, ok := redefNames.lookup(tn); ok {
					st.tags[key] = name // type V P, written out
				} else if name, ok := tagNames.lookup(n.Underlying().(*types.Struct).Field(0).Origin()); ok {
					st.tags[key] = name
				}
			}
		}
	}
	// A method declared in an input of its own: its receiver's type as
	// that input's check saw it, with the methods declared so far, takes
	// the place of the one without them (the twin checks ask which of the
	// session's types implement an interface of an input that does not
	// mention them).
	for _, obj := range c.decls {
		fn, ok := obj.(*types.Func)
		if !ok || fn.Signature().Recv() == nil {
			continue
		}
		t := fn.Signature().Recv().Type()
		if p, ok := t.(*types.Pointer); ok {
			t = p.Elem()
		}
		n, ok := types.Unalias(t).(*types.Named)
		if !ok {
			continue
		}
		tn := n.Origin().Obj()
		if _, own := c.decls[tn.Name()]; own || tn.Pkg() == nil || tn.Pkg().Path() != "main" {
			continue
		}
		if old, ok := st.Objs[tn.Name()].(*types.TypeName); ok && old != tn {
			st.Objs[tn.Name()] = tn
			st.deps[tn.Name()] = mentioned(tn)
		}
	}
	if c.ptrParams != nil {
		st.ptrParams = c.ptrParams
	}
	if c.asserted != nil {
		st.asserted = c.asserted
	}
	if c.converted != nil {
		st.converted = c.converted
	}
	maps.Copy(st.embedders, c.embedders)
	st.twins.commit(c.twins)
	st.reflect.commit(c.reflect, c.reflectCall)
}

// mentioned returns the names of the session's types (package main) that
// obj's declaration mentions.
func mentioned(obj types.Object) []string {
	var names []string
	t := obj.Type()
	if tn, ok := obj.(*types.TypeName); ok {
		t = tn.Type().Underlying()
		if n, ok := tn.Type().(*types.Named); ok {
			for tp := range n.TypeParams().TypeParams() {
				names = append(names, mainNames(tp.Constraint())...)
			}
		}
		if a, ok := tn.Type().(*types.Alias); ok {
			t = a.Rhs()
		}
	}
	names = append(names, mainNames(t)...)
	if fn, ok := obj.(*types.Func); ok {
		sig := fn.Type().(*types.Signature)
		if r := sig.Recv(); r != nil {
			names = append(names, mainNames(r.Type())...)
		}
		// A generic function's constraints (func Half[T Num]): without
		// Num declared, the check of a later call took any argument.
		for tp := range sig.TypeParams().TypeParams() {
			names = append(names, mainNames(tp.Constraint())...)
		}
	}
	slices.Sort(names)
	return slices.Compact(names)
}

// mainNames returns the names of the types of package main that t is made of.
func mainNames(t types.Type) []string {
	var names []string
	walkType(t, func(t types.Type) bool {
		var obj *types.TypeName
		switch t := t.(type) {
		case *types.Named:
			obj = t.Obj()
		case *types.Alias:
			obj = t.Obj()
		}
		if obj != nil && obj.Pkg() != nil && obj.Pkg().Path() == "main" {
			names = append(names, obj.Name())
		}
		return true
	})
	return names
}

// needed returns the keys of the session's objects that a segment using
// the identifiers in used needs declared: those it names, the types their
// declarations mention, and the methods of those types, transitively.
// Checking a segment against these alone costs what the segment uses, not
// what the session holds.
func (st *sessionTypes) needed(used map[string]bool) []string {
	methods := map[string][]string{}
	for key := range st.Objs {
		if recv, _, ok := strings.Cut(key, "."); ok {
			methods[recv] = append(methods[recv], key)
		}
	}
	keep := map[string]bool{}
	var add func(key string)
	add = func(key string) {
		if keep[key] || st.Objs[key] == nil {
			return
		}
		keep[key] = true
		for _, d := range st.deps[key] {
			add(d)
		}
		if _, ok := st.Objs[key].(*types.TypeName); ok {
			for _, m := range methods[key] {
				add(m)
			}
		}
	}
	for name := range used {
		add(name)
	}
	return slices.Sorted(maps.Keys(keep))
}

// errorsPackage reports whether name names the errors package in the
// segment's file f (with the packages it uses without an import, auto) at
// the prompt.
func (fe *FrontEnd) errorsPackage(name string, f *ast.File, auto map[string]string) bool {
	for _, is := range f.Imports {
		if n, path := importSpecName(is); n == name {
			return path == "errors"
		}
	}
	return auto[name] == "errors" || fe.Imports[name] == "errors"
}

// clone returns a copy of st, for a dry run.
func (st *sessionTypes) clone() *sessionTypes {
	return &sessionTypes{Objs: maps.Clone(st.Objs), deps: maps.Clone(st.deps), tags: maps.Clone(st.tags), asserted: maps.Clone(st.asserted), converted: maps.Clone(st.converted), ptrParams: maps.Clone(st.ptrParams), twins: st.twins.clone(), reflect: st.reflect.clone(), embedders: maps.Clone(st.embedders), stale: maps.Clone(st.stale)}
}

// DryRun analyses the segments of one input in turn, each in the context
// of the ones before it, and returns the first error, without compiling or
// running any: the session is left as it was.
func (fe *FrontEnd) DryRun(src *gosrc.Source, segs []gosrc.Segment) error {
	types, imports, instances, instanceNames, composites, made := fe.Types, fe.Imports, fe.instances, fe.instanceNames, fe.composites, fe.madeTemplates
	fe.Types, fe.Imports, fe.instances, fe.instanceNames, fe.composites, fe.madeTemplates = types.clone(), maps.Clone(imports), maps.Clone(instances), maps.Clone(instanceNames), maps.Clone(composites), maps.Clone(made)
	recoverFuncs := fe.recoverFuncs
	fe.recoverFuncs = maps.Clone(recoverFuncs)
	defer func() {
		fe.Types, fe.Imports, fe.instances, fe.instanceNames, fe.composites, fe.madeTemplates = types, imports, instances, instanceNames, composites, made
		fe.recoverFuncs = recoverFuncs
	}()
	for _, seg := range segs {
		p, err := fe.Analyse(src, seg, ModeInput)
		if err != nil {
			return err
		}
		if p == nil {
			continue
		}
		for _, is := range p.ImportSpecs {
			if fe.Imports[is.Name] == "" {
				fe.Imports[is.Name] = is.Path
			}
		}
		maps.Copy(fe.Imports, p.AutoImports)
		maps.Copy(fe.instances, p.instances)
		maps.Copy(fe.instanceNames, p.instanceNames)
		maps.Copy(fe.madeTemplates, p.madeTemplates)
		maps.Copy(fe.composites, p.composites)
		for key, calls := range p.recoverDecls {
			if calls {
				fe.recoverFuncs[key] = true
			}
		}
		fe.Types.commit(p.Checked)
	}
	return nil
}

// restore puts back the objects the session had under names before a
// failed segment declared them again.
func (st *sessionTypes) restore(before map[string]types.Object) {
	for name, obj := range before {
		if obj == nil {
			delete(st.Objs, name)
			delete(st.deps, name)
		} else {
			st.Objs[name] = obj
			st.deps[name] = mentioned(obj)
		}
	}
}

// snapshot returns the objects the session has under names.
func (st *sessionTypes) snapshot(names []string) map[string]types.Object {
	m := map[string]types.Object{}
	for _, n := range names {
		m[n] = st.Objs[n]
	}
	return m
}

// importer imports the packages the interpreter offers, from the type
// information generated with its symbol tables.
type importer struct{}

func (importer) Import(path string) (*types.Package, error) {
	p, err := stdtypes.Import(path)
	if err != nil {
		return nil, fmt.Errorf("package %q is not available: the interpreter has the standard library, loop and logrus", path)
	}
	return p, nil
}

// qualifier names packages in the declarations sessionFile writes: each
// under a name no user would pick, imported by the file.
type qualifier struct {
	names map[string]string // path -> name
	order []string
}

func (q *qualifier) qualify(p *types.Package) string {
	if p == nil || p.Path() == "main" {
		return ""
	}
	name, ok := q.names[p.Path()]
	if !ok {
		name = fmt.Sprintf("__imp%d_%s", len(q.order), p.Name())
		q.names[p.Path()] = name
		q.order = append(q.order, p.Path())
	}
	return name
}

// sessionFile writes the declarations of the session's objects under
// keys, but for the names in skip (which the segment declares again), as
// the text of a Go file.
func (st *sessionTypes) sessionFile(keys []string, skip map[string]bool) string {
	q := &qualifier{names: map[string]string{}}
	qf := q.qualify
	var body strings.Builder
	for _, key := range keys {
		name, _, isMethod := strings.Cut(key, ".")
		if skip[name] {
			continue
		}
		if isMethod {
			if _, ok := st.Objs[name].(*types.TypeName); !ok {
				continue // a method of a type the session no longer has
			}
		}
		body.WriteString(DeclText(st.Objs[key], qf))
		body.WriteString("\n")
	}
	var b strings.Builder
	b.WriteString("package main\n")
	for _, path := range q.order {
		fmt.Fprintf(&b, "import %s %q\n", q.names[path], path)
	}
	b.WriteString(body.String())
	return b.String()
}

// recvNamed returns the named type whose method m is.
func recvNamed(m types.Object) types.Type {
	sig, _ := m.Type().(*types.Signature)
	if sig == nil || sig.Recv() == nil {
		return nil
	}
	t := sig.Recv().Type()
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	if n, ok := t.(*types.Named); ok {
		return n.Origin()
	}
	return t
}

// DeclText writes the declaration of obj, without a function body.
func DeclText(obj types.Object, qf types.Qualifier) string {
	ts := func(t types.Type) string { return types.TypeString(t, qf) }
	switch obj := obj.(type) {
	case *types.TypeName:
		if a, ok := obj.Type().(*types.Alias); ok {
			return "type " + obj.Name() + typeParams(a.TypeParams(), qf) + " = " + ts(a.Rhs())
		}
		n := obj.Type().(*types.Named)
		return "type " + obj.Name() + typeParams(n.TypeParams(), qf) + " " + ts(n.Underlying())
	case *types.Func:
		sig := obj.Type().(*types.Signature)
		if r := sig.Recv(); r != nil {
			name := r.Name()
			if name == "" {
				name = "_"
			}
			// The receiver's type parameters are written with its type.
			text := strings.TrimPrefix(types.TypeString(types.NewSignatureType(nil, nil, nil, sig.Params(), sig.Results(), sig.Variadic()), qf), "func")
			return "func (" + name + " " + ts(r.Type()) + ") " + obj.Name() + text
		}
		return "func " + obj.Name() + strings.TrimPrefix(ts(sig), "func")
	case *types.Var:
		return "var " + obj.Name() + " " + ts(obj.Type())
	case *types.Const:
		if b, ok := obj.Type().(*types.Basic); ok && b.Info()&types.IsUntyped != 0 {
			return "const " + obj.Name() + " = " + constText(obj.Val(), b)
		}
		return "const " + obj.Name() + " " + ts(obj.Type()) + " = " + constText(obj.Val(), nil)
	}
	return ""
}

func typeParams(list *types.TypeParamList, qf types.Qualifier) string {
	if list.Len() == 0 {
		return ""
	}
	var parts []string
	for tp := range list.TypeParams() {
		parts = append(parts, tp.Obj().Name()+" "+types.TypeString(tp.Constraint(), qf))
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

// constText writes v as an untyped constant expression of the kind of
// untyped type b (any kind when b is nil).
func constText(v constant.Value, b *types.Basic) string {
	switch v.Kind() {
	case constant.Bool:
		return strconv.FormatBool(constant.BoolVal(v))
	case constant.String:
		return strconv.Quote(constant.StringVal(v))
	case constant.Int:
		if b != nil && b.Kind() == types.UntypedRune {
			return "('\\x00' + " + v.ExactString() + ")"
		}
		if b != nil && b.Kind() == types.UntypedFloat {
			return v.ExactString() + ".0"
		}
		return v.ExactString()
	case constant.Float:
		num, den := constant.Num(v), constant.Denom(v)
		if num.Kind() == constant.Int && den.Kind() == constant.Int {
			if den.ExactString() == "1" {
				return num.ExactString() + ".0"
			}
			return "(" + num.ExactString() + ".0 / " + den.ExactString() + ")"
		}
		return v.String()
	case constant.Complex:
		return "(" + constText(constant.Real(v), nil) + " + " + constText(constant.Imag(v), nil) + "*1i)"
	}
	return "0"
}

// typeCheck checks the segment f (parsed with fset, the user's text in
// file) with go/types. In the session's context (m is not ModeScript) the
// session's declarations and imports are visible.
func (fe *FrontEnd) typeCheck(w *rewriter) (*Checked, error) {
	f, fset, m := w.file, w.fset, w.mode
	info := &types.Info{
		Types:        map[ast.Expr]types.TypeAndValue{},
		Instances:    map[*ast.Ident]types.Instance{},
		Defs:         map[*ast.Ident]types.Object{},
		Uses:         map[*ast.Ident]types.Object{},
		Implicits:    map[ast.Node]types.Object{},
		Selections:   map[*ast.SelectorExpr]*types.Selection{},
		Scopes:       map[ast.Node]*types.Scope{},
		FileVersions: map[*ast.File]string{},
	}
	userFile := fset.File(f.Pos())
	var errs []types.Error
	conf := types.Config{
		Importer:  importer{},
		GoVersion: "go1.26",
		Sizes:     types.SizesFor("gc", runtime.GOARCH), // for unsafe.Sizeof
		Error:     func(err error) { errs = append(errs, err.(types.Error)) },
	}
	files := []*ast.File{f}
	c := &Checked{Info: info, decls: map[string]types.Object{}}
	interactive := m != ModeScript

	// The statement segment's wrapper function, and its final expression.
	var wrapper *ast.FuncDecl
	if w.plan.Seg.Kind == gosrc.SegStmt && len(f.Decls) > 0 {
		wrapper, _ = f.Decls[len(f.Decls)-1].(*ast.FuncDecl)
		if list := wrapper.Body.List; w.plan.Seg.Last && len(list) > 0 {
			if es, ok := list[len(list)-1].(*ast.ExprStmt); ok {
				c.Result = es.X
			}
		}
	}

	var sessionAST *ast.File
	if interactive {
		// Names the segment declares at package level replace the session's.
		skip := map[string]bool{}
		for _, d := range f.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				if d.Recv == nil {
					skip[d.Name.Name] = true
				}
			case *ast.GenDecl:
				for _, spec := range d.Specs {
					switch spec := spec.(type) {
					case *ast.TypeSpec:
						skip[spec.Name.Name] = true
					case *ast.ValueSpec:
						for _, n := range spec.Names {
							skip[n.Name] = true
						}
					}
				}
			}
		}
		used := map[string]bool{}
		asserts := false
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.Ident:
				used[n.Name] = true
			case *ast.TypeAssertExpr:
				asserts = true
			case *ast.TypeSwitchStmt:
				asserts = true
			case *ast.SelectorExpr:
				// errors.As, AsType, Is and Unwrap: the match to the target's
				// type, and the walk that finds the program's Is,
				// Unwrap and As methods, name the types with methods
				// (lower_errors.go).
				if x, ok := n.X.(*ast.Ident); ok && fe.errorsPackage(x.Name, f, w.plan.AutoImports) {
					switch n.Sel.Name {
					case "As", "AsType", "Is", "Unwrap":
						asserts = true
					}
				}
			}
			return true
		})
		fe.Types.addHeldTypes(used)
		if asserts {
			// The types with methods, which an assertion to an
			// interface must rule in or out by cases of their own
			// (see ifaceCases: the interpreter's own assertion takes
			// a value of any type with methods, or a method named _).
			for key := range fe.Types.Objs {
				if recv, _, ok := strings.Cut(key, "."); ok {
					used[recv] = true
				}
			}
		}
		text := fe.Types.sessionFile(fe.Types.needed(used), skip)
		sf, err := parser.ParseFile(fset, "session", text, parser.SkipObjectResolution)
		if err != nil {
			return nil, fmt.Errorf("repl: the session's declarations do not parse: %v", err)
		}
		// The session's imports, and the packages used without an import,
		// are the segment's too.
		own := map[string]bool{}
		for _, is := range f.Imports {
			name, _ := importSpecName(is)
			own[name] = true
		}
		var specs []ast.Spec
		addImport := func(name, path string) {
			// A name the session declared after it imported the
			// package (fmt := 3 after fmt.Println) is the session's.
			if own[name] || skip[name] || fe.Names[name] != nil && fe.Imports[name] == path {
				return
			}
			own[name] = true
			specs = append(specs, &ast.ImportSpec{Name: ast.NewIdent(name), Path: &ast.BasicLit{Kind: token.STRING, Value: strconv.Quote(path)}})
		}
		for _, name := range slices.Sorted(maps.Keys(fe.Imports)) {
			addImport(name, fe.Imports[name])
		}
		for _, name := range slices.Sorted(maps.Keys(w.plan.AutoImports)) {
			addImport(name, w.plan.AutoImports[name])
		}
		if len(specs) > 0 {
			g := &ast.GenDecl{Tok: token.IMPORT, Specs: specs}
			cp := *f
			cp.Decls = append([]ast.Decl{g}, f.Decls...)
			for _, s := range specs {
				cp.Imports = append(cp.Imports, s.(*ast.ImportSpec))
			}
			files[0] = &cp
		}
		files = append(files, sf)
		sessionAST = sf
	}

	pkg := types.NewPackage("main", "main")
	checker := types.NewChecker(&conf, fset, pkg, info)
	func() {
		defer func() {
			// go/types does not panic on any input the parser accepts; if
			// it ever does, the input goes on unchecked, as before.
			if r := recover(); r != nil {
				errs = nil
				info = nil
			}
		}()
		checker.Files(files) //nolint:errcheck // the errors are in errs
	}()
	if info == nil {
		return nil, nil
	}
	c.pkg = pkg
	w.registerTagNames(info, files[0], sessionAST, fe.Types.tags)

	// The segment's own declarations: at package level, and the top level
	// of a statement segment's wrapper.
	topVars := map[token.Pos]bool{}
	for _, name := range pkg.Scope().Names() {
		obj := pkg.Scope().Lookup(name)
		if fset.File(obj.Pos()) == userFile && name != "_" {
			c.decls[name] = obj
		}
	}
	for id, obj := range info.Defs {
		if fn, ok := obj.(*types.Func); ok && fset.File(id.Pos()) == userFile {
			if r := recvNamed(fn); r != nil {
				// (Not an interface's method, which its type declares.)
				if n, ok := r.(*types.Named); ok && !types.IsInterface(n) {
					c.decls[n.Obj().Name()+"."+fn.Name()] = fn
				}
			}
		}
	}
	if wrapper != nil && interactive {
		c.stmts = wrapper.Body
		scope := info.Scopes[wrapper.Type]
		if scope != nil {
			for _, name := range scope.Names() {
				obj := scope.Lookup(name)
				if name == "_" {
					continue
				}
				switch obj.(type) {
				case *types.Var, *types.Const:
					c.decls[name] = obj
					topVars[obj.Pos()] = true
					if name == "main" || name == "init" {
						// The session's variables are the program's
						// package-level ones, which Go refuses so named.
						errs = append(errs, types.Error{Fset: fset, Pos: obj.Pos(), Msg: "cannot declare " + name + " - must be func (a variable declared at the prompt is the session's, at package level: give it another name)"})
					}
				}
			}
		}
	}

	// The errors that count, first in the user's text first. An error
	// whose message starts with a tab continues the one before
	// (result parameter n not in scope at return, then where the inner
	// n is declared): it goes with it, as go build prints it (sorted
	// apart, it came first, alone, with its tab).
	type kept struct {
		types.Error
		more []types.Error // the errors continuing it
	}
	var keep []kept
	keptLast := false
	for _, e := range errs {
		if strings.HasPrefix(e.Msg, "\t") {
			if keptLast {
				keep[len(keep)-1].more = append(keep[len(keep)-1].more, e)
			}
			continue
		}
		keptLast = false
		if fset.File(e.Pos) != userFile {
			continue // in the session's declarations, or an added import
		}
		if interactive {
			switch {
			case e.Soft && strings.HasPrefix(e.Msg, "declared and not used") && topVars[e.Pos]:
				continue
			case e.Soft && strings.HasSuffix(e.Msg, " and not used") && strings.Contains(e.Msg, " imported ") && m == ModeInput:
				continue
			case strings.HasSuffix(e.Msg, "is not used") && c.Result != nil && e.Pos == c.Result.Pos():
				continue
			case w.query && (strings.HasSuffix(e.Msg, "is not an expression") || strings.HasSuffix(e.Msg, "must be called")) && c.Result != nil && e.Pos == c.Result.Pos():
				continue // :type of a type or a built-in
			}
		}
		keep = append(keep, kept{Error: e})
		keptLast = true
	}
	if len(keep) > 0 {
		slices.SortStableFunc(keep, func(a, b kept) int { return cmp.Compare(a.Pos, b.Pos) })
		text := func(e kept) string {
			before, at := "", ""
			if off := w.offset(e.Pos); off >= 0 && off <= len(w.src.Text) {
				at, _, _ = strings.Cut(w.src.Text[off:], "\n")
				before = w.src.Text[strings.LastIndexByte(w.src.Text[:off], '\n')+1 : off]
			}
			msg := fe.hint(e.Msg, before, at, w)
			if m := couldNotImport.FindStringSubmatch(msg); m != nil {
				msg = m[1] // the importer's message says it all
			}
			for _, c := range e.more {
				if fset.File(c.Pos) == userFile {
					msg += "\n\t" + w.src.Position(w.offset(c.Pos)) + ": " + strings.TrimPrefix(c.Msg, "\t")
				}
			}
			// A type parameter of the standard library, whose place the
			// tables do not hold: "cannot infer S (declared at -)"; or
			// of an earlier input's, in the session's declarations as
			// the check sees them ("session:2:11").
			return declaredInSession.ReplaceAllString(strings.ReplaceAll(msg, " (declared at -)", ""), "")
		}
		msg := text(keep[0])
		if m == ModeScript || m == ModeLoad {
			// As go build, a file's first ten errors, each on a line.
			for i, e := range keep[1:] {
				if i == 9 {
					msg += "\ntoo many errors"
					break
				}
				msg += "\n" + w.src.Position(w.offset(e.Pos)) + ": " + text(e)
			}
		}
		return nil, &Error{Pos: w.src.Position(w.offset(keep[0].Pos)), Msg: msg}
	}
	at := func(n ast.Node) string { return w.src.Position(w.offset(n.Pos())) }
	// //go:embed, which the go command, not the compiler, fills: the
	// interpreter would leave the variable empty.
	if off := goEmbedAt(w.src.Text); off >= 0 {
		return nil, &Error{Pos: w.src.Position(off), Msg: "//go:embed is refused: the shell cannot embed files in a program (the variable would be empty); read the file when the program runs, with os.ReadFile or os.DirFS"}
	}
	// The types the segment puts in interfaces, with the session's (see
	// lower_twinheld.go).
	c.twins = heldTwinFacts(c, f)
	anon := c.twins.anonMethods
	if anon == nil && (interactive || assertsAnywhere(f)) {
		anon = c.twins.anonMethodsOwn
	}
	if e := anon; e != nil {
		t := c.Info.TypeOf(e)
		return nil, &Error{Pos: at(e), Msg: fmt.Sprintf("a value of %s put in an interface: the interpreter gives an unnamed struct type none of the methods its embedded fields promote (an assertion or type switch on the interface would answer wrongly); declare the struct as a named type (type T %s)", types.TypeString(t, w.qualifier()), types.TypeString(derefType(t), w.qualifier()))}
	}
	// (At the prompt always: a later input may hand a type to compiled
	// code, and ask what this one's variables hold.)
	if c.twins.compiled != nil || fe.Types.twins.compiled || interactive {
		fe.proveOwn(c, f, interactive)
	}
	judge := &twinJudge{facts: c.twins, session: fe.Types.twins, script: m == ModeScript}
	if err := judge.earlierPending(at); err != nil {
		return nil, err
	}
	if err := judge.laterTwin(at); err != nil {
		return nil, err
	}
	if err := earlierHeldMethods(c, judge, slices.Collect(maps.Values(fe.Types.Objs)), at); err != nil {
		return nil, err
	}
	if err := earlierBadVerb(c, judge, slices.Collect(maps.Values(fe.Types.Objs)), at); err != nil {
		return nil, err
	}
	if err := ambiguousAssertion(c, f, slices.Collect(maps.Values(fe.Types.Objs)), fe.Types.asserted, judge, func(n ast.Node) string {
		return w.src.Position(w.offset(n.Pos()))
	}); err != nil {
		return nil, err
	}
	if err := refuseStale(c, f, fe.Types, at); err != nil {
		return nil, err
	}
	if err := errorsRefusal(c, fe.Types.Objs, f, func(n ast.Node) string {
		return w.src.Position(w.offset(n.Pos()))
	}); err != nil {
		return nil, err
	}
	if err := ambiguousTwinUse(c, f, slices.Collect(maps.Values(fe.Types.Objs)), judge, func(n ast.Node) string {
		return w.src.Position(w.offset(n.Pos()))
	}); err != nil {
		return nil, err
	}
	reflectFacts, rerr := reflectMethodFacts(c, f, judge, fe.Types.reflect, slices.Collect(maps.Values(fe.Types.Objs)), at)
	if rerr != nil {
		return nil, rerr
	}
	c.reflect = reflectFacts
	if reflectFacts.call != nil {
		c.reflectCall = at(reflectFacts.call)
	}
	for name, obj := range c.decls {
		if v, ok := obj.(*types.Var); ok && !expressible(v.Type()) {
			return nil, &Error{Pos: w.src.Position(w.offset(obj.Pos())), Msg: fmt.Sprintf(
				"%s has type %s, declared inside this input: a variable of the session cannot outlive its type; declare the type on an input of its own", name, types.TypeString(v.Type(), nil))}
		}
	}
	return c, nil
}

var couldNotImport = regexp.MustCompile(`^could not import \S+ \((.*)\)$`)

var undefinedMember = regexp.MustCompile(`^undefined: (\w+)\.(\w+)$`)

var declaredInSession = regexp.MustCompile(` \(declared at session:\d+:\d+\)`)

var fractionalDuration = regexp.MustCompile(`^cannot use ([0-9.eE+-]+) \(untyped float constant[^)]*\) as time\.Duration value in .* \(truncated\)$`)

var awaitableFunc = regexp.MustCompile(`^cannot use ([\w.]+) \(value of type func\(([^()]*)\) \*\w+\.(Coroutine|Task|Future)\) as (?:\w+\.Awaitable|\*\w+\.Coroutine) value`)

// assertsAnywhere reports whether f has a type assertion or a type
// switch.
func assertsAnywhere(f *ast.File) bool {
	found := false
	ast.Inspect(f, func(n ast.Node) bool {
		if _, ok := n.(*ast.TypeAssertExpr); ok {
			found = true
		}
		return !found
	})
	return found
}

// goEmbedAt returns the offset of the first //go:embed directive of src,
// a comment starting so, or -1.
func goEmbedAt(src string) int {
	if !strings.Contains(src, "//go:embed") {
		return -1
	}
	file := token.NewFileSet().AddFile("", -1, len(src))
	var sc scanner.Scanner
	sc.Init(file, []byte(src), nil, scanner.ScanComments)
	for {
		pos, tok, lit := sc.Scan()
		switch {
		case tok == token.EOF:
			return -1
		case tok == token.COMMENT && strings.HasPrefix(lit, "//go:embed"):
			return file.Offset(pos)
		}
	}
}

// sessionMethodMissing is the type checker's message about a method a type
// of the session does not have (yet): the type's name and the method's.
var sessionMethodMissing = regexp.MustCompile(`^\S+ undefined \(type \*?(\w+) has no field or method (\w+)\)$`)

// selectorCalled reports whether at, the text from a selector's position,
// calls the member name it selects (x.name(; a method has no type
// parameters, so x.name[ indexes a field).
func selectorCalled(at, name string) bool {
	i := strings.Index(at, name)
	if i < 0 {
		return false
	}
	return strings.HasPrefix(strings.TrimLeft(at[i+len(name):], " \t"), "(")
}

// hint adds to the type checker's message about a package member that does
// not exist the member meant, when it looks like a typo, and says when the
// package was taken for a variable the session does not have; to one about
// a function returning a coroutine given as an awaitable, its call; to one
// about a Python habit, Go's way (newcomerHint; at is the text from the
// message's position to the end of its line, before the text of the line
// before it).
func (fe *FrontEnd) hint(msg, before, at string, w *rewriter) string {
	p := w.plan
	if m := anyOperand.FindStringSubmatch(msg); m != nil {
		// An any of the session's whose value the session showed: its
		// type (res.([]any) for a Gather's results, not res.([]int)).
		if n := fe.Names[m[1]+m[2]]; n != nil && n.Kind == KindVar && n.Dyn != "" && n.Dyn != "any" && !strings.ContainsAny(n.Dyn, " ") {
			return msg + fmt.Sprintf(" (assert the type %s holds first: it held %s when declared, %[1]s.(%[3]s); a type switch tells which)", m[1]+m[2], withArticle(n.Dyn), n.Dyn)
		}
	}
	if h := newcomerHint(msg, before, at, w.declaresAnywhere); h != "" {
		return msg + " (" + h + ")"
	}
	if m := sessionMethodMissing.FindStringSubmatch(msg); m != nil && p.Src.Interactive() && p.Seg.Kind != gosrc.SegStmt && selectorCalled(at, m[2]) {
		// func use(t T) int { return t.m() }, with m declared in the
		// next input, as a file would have it. (Not p.Y of a field
		// mistyped: no method is called there.)
		if tn, ok := fe.Types.Objs[m[1]].(*types.TypeName); ok && tn.Pkg() != nil && tn.Pkg().Path() == "main" {
			return msg + fmt.Sprintf(" (the prompt compiles each input on its own: declare the method %s.%s first, or give a type's methods and the functions that call them in one input; a whole program pasted with its package clause, or :load FILE, is compiled as one)", m[1], m[2])
		}
	}
	if name, ok := strings.CutPrefix(msg, "undefined: "); ok && fe.Importable[name] != "" && !p.Src.Interactive() {
		return msg + fmt.Sprintf(" (missing import %q?)", fe.Importable[name])
	}
	if m := fractionalDuration.FindStringSubmatch(msg); m != nil {
		// asyncio.sleep(0.5) is half a second; a Duration counts
		// nanoseconds.
		way := fmt.Sprintf("time.Duration(%s * float64(time.Second))", m[1])
		if f, err := strconv.ParseFloat(m[1], 64); err == nil && f*1000 == math.Trunc(f*1000) && f*1000 < 1e12 {
			way = fmt.Sprintf("%d * time.Millisecond", int64(f*1000))
		}
		return msg + fmt.Sprintf(" (a time.Duration counts nanoseconds, where asyncio counts seconds: for %s seconds write %s)", m[1], way)
	}
	if m := awaitableFunc.FindStringSubmatch(msg); m != nil {
		// asyncio's await fetch() is loop.Await(fetch()): the function
		// is no awaitable, its call's coroutine is.
		if m[2] != "" {
			return msg + fmt.Sprintf(" (did you mean %s(...)? it takes %s; its call makes the %s to await)", m[1], m[2], strings.ToLower(m[3]))
		}
		return msg + fmt.Sprintf(" (did you mean %s()? its call makes the %s to await)", m[1], strings.ToLower(m[3]))
	}
	if near := fe.nearestMember(msg, p); near != "" {
		// l.run_until_complete of a *loop.Loop: asyncio's names, in Go's
		// spelling.
		return msg + " (did you mean " + near + "?)"
	}
	m := undefinedMember.FindStringSubmatch(msg)
	if m == nil {
		return msg
	}
	name, sel := m[1], m[2]
	path, auto := fe.importPath(p, name)
	var members []string
	if pkg, err := stdtypes.Import(path); err == nil {
		members = ExportedNames(pkg)
	}
	var notes []string
	if method := loopMethod(path, sel); method != "" {
		// asyncio's loop.create_future() is a method of the loop.
		notes = append(notes, "did you mean "+name+".Get()."+method+"? it is a method of the event loop")
	} else if near := Nearest(sel, members); near != "" {
		notes = append(notes, "did you mean "+name+"."+near+"?")
	}
	if auto && len(notes) == 0 {
		notes = append(notes, fmt.Sprintf("%s is package %q, imported for you: the session has no variable %s", name, path, name))
	}
	if len(notes) == 0 {
		return msg
	}
	return msg + " (" + strings.Join(notes, "; ") + ")"
}

// importPath returns the path of the package the segment p names name,
// and whether the session imports it for p (an auto import).
func (fe *FrontEnd) importPath(p *Plan, name string) (path string, auto bool) {
	if path, ok := p.AutoImports[name]; ok {
		return path, true
	}
	return fe.Imports[name], false
}

// missingMember is the type checker's message about a field or method a
// value's type does not have: the selector expression, the type and the
// name.
var missingMember = regexp.MustCompile(`^(\S+)\.(\w+) undefined \(type (\*?)(?:(\w+)\.)?(\w+) has no field or method (\w+)\)$`)

// nearestMember returns the selector (x.RunUntilComplete) the message msg
// about a missing field or method (x.run_until_complete) most likely
// meant, a name of the type's written in Go's way or a near one, or "".
func (fe *FrontEnd) nearestMember(msg string, p *Plan) string {
	m := missingMember.FindStringSubmatch(msg)
	if m == nil {
		return ""
	}
	x, sel, pkgName, typeName := m[1], m[2], m[4], m[5]
	var obj types.Object
	if pkgName == "" {
		obj = fe.Types.Objs[typeName]
	} else {
		path, _ := fe.importPath(p, pkgName)
		if pkg, err := stdtypes.Import(path); err == nil {
			obj = pkg.Scope().Lookup(typeName)
		}
	}
	tn, ok := obj.(*types.TypeName)
	if !ok {
		return ""
	}
	var names []string
	ms := types.NewMethodSet(types.NewPointer(tn.Type()))
	for i := range ms.Len() {
		if o := ms.At(i).Obj(); o.Exported() || pkgName == "" {
			names = append(names, o.Name())
		}
	}
	if st, ok := tn.Type().Underlying().(*types.Struct); ok {
		for f := range st.Fields() {
			if f.Exported() || pkgName == "" {
				names = append(names, f.Name())
			}
		}
	}
	for _, n := range names {
		// snake_case written in Go's MixedCaps.
		if strings.EqualFold(n, strings.ReplaceAll(sel, "_", "")) {
			return x + "." + n
		}
	}
	for _, n := range names {
		// A typo of a long enough name (q.Pusj for q.Push; not q.Y for
		// q.X, nor Thrice for Twice).
		if len(sel) >= 4 && editDistance(strings.ToLower(sel), strings.ToLower(n)) == 1 {
			return x + "." + n
		}
	}
	return ""
}

// loopMethod returns sel, if path is the loop package and sel names a method
// of its *Loop (CreateFuture, RunInExecutor, CallLater, ...), which an
// asyncio user calls on the package; else "".
func loopMethod(path, sel string) string {
	if path != loopPath {
		return ""
	}
	pkg, err := stdtypes.Import(path)
	if err != nil {
		return ""
	}
	tn, ok := pkg.Scope().Lookup("Loop").(*types.TypeName)
	if !ok {
		return ""
	}
	if types.NewMethodSet(types.NewPointer(tn.Type())).Lookup(pkg, sel) == nil {
		return ""
	}
	return sel
}

// expressible reports whether t can be written at package level: it names
// no type declared inside a function.
func expressible(t types.Type) bool {
	ok := true
	walkType(t, func(t types.Type) bool {
		if n, isNamed := t.(*types.Named); isNamed {
			if o := n.Obj(); o.Pkg() != nil && o.Parent() != o.Pkg().Scope() {
				ok = false
			}
		}
		return ok
	})
	return ok
}

// walkWritten calls f for t and each type t is written with, once each:
// a named type's type arguments (not its underlying type), an element,
// key, field, parameter or result type, an interface's methods. It goes
// into the parts of the types f returns true for, and past the others.
// (walkType goes into a named type's underlying type too, and ends at
// the first false.)
func walkWritten(t types.Type, f func(types.Type) bool) {
	seen := map[types.Type]bool{}
	var walk func(t types.Type)
	walk = func(t types.Type) {
		if t == nil || seen[t] {
			return
		}
		seen[t] = true
		if !f(t) {
			return
		}
		switch t := types.Unalias(t).(type) {
		case *types.Named:
			for a := range t.TypeArgs().Types() {
				walk(a)
			}
		case *types.Pointer:
			walk(t.Elem())
		case *types.Slice:
			walk(t.Elem())
		case *types.Array:
			walk(t.Elem())
		case *types.Map:
			walk(t.Key())
			walk(t.Elem())
		case *types.Chan:
			walk(t.Elem())
		case *types.Struct:
			for f := range t.Fields() {
				walk(f.Type())
			}
		case *types.Signature:
			for v := range t.Params().Variables() {
				walk(v.Type())
			}
			for v := range t.Results().Variables() {
				walk(v.Type())
			}
		case *types.Interface:
			for m := range t.Methods() {
				walk(m.Type())
			}
		}
	}
	walk(t)
}

// walkType calls f for t and each type t is made of, once each, until f
// returns false.
func walkType(t types.Type, f func(types.Type) bool) {
	seen := map[types.Type]bool{}
	stop := false
	var visit func(t types.Type)
	visit = func(t types.Type) {
		if stop || t == nil || seen[t] {
			return
		}
		seen[t] = true
		if !f(t) {
			stop = true
			return
		}
		switch t := t.(type) {
		case *types.Named:
			for a := range t.TypeArgs().Types() {
				visit(a)
			}
			visit(t.Underlying())
		case *types.Alias:
			visit(types.Unalias(t))
		case *types.Pointer:
			visit(t.Elem())
		case *types.Slice:
			visit(t.Elem())
		case *types.Array:
			visit(t.Elem())
		case *types.Map:
			visit(t.Key())
			visit(t.Elem())
		case *types.Chan:
			visit(t.Elem())
		case *types.Signature:
			visit(t.Params())
			visit(t.Results())
		case *types.Tuple:
			for v := range t.Variables() {
				visit(v.Type())
			}
		case *types.Struct:
			for f := range t.Fields() {
				visit(f.Type())
			}
		case *types.Interface:
			for m := range t.ExplicitMethods() {
				visit(m.Type())
			}
			for e := range t.EmbeddedTypes() {
				visit(e)
			}
		}
	}
	visit(t)
}

// FieldNamer returns, for printing values of the static types ts, the
// declared field names of a struct the interpreter made with other names
// (it prefixes unexported ones with X), found among the structs ts are made
// of; names, when it knows the struct, comes first.
func FieldNamer(names func(reflect.Type) []string, ts ...types.Type) func(reflect.Type) []string {
	var structs []*types.Struct
	for _, t := range ts {
		walkType(t, func(t types.Type) bool {
			if st, ok := t.(*types.Struct); ok {
				structs = append(structs, st)
			}
			return true
		})
	}
	return func(rt reflect.Type) []string {
		if n := names(rt); n != nil || rt.Kind() != reflect.Struct {
			return n
		}
	next:
		for _, st := range structs {
			if st.NumFields() != rt.NumField() {
				continue
			}
			out := make([]string, st.NumFields())
			for i := range out {
				name, rname := st.Field(i).Name(), rt.Field(i).Name
				if rname != name && rname != "X"+name {
					continue next
				}
				out[i] = name
			}
			return out
		}
		return nil
	}
}
