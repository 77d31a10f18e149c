package repl

import (
	"cmp"
	"errors"
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"go/types"
	"maps"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/asyncrepl/asyncrepl/internal/frontend"
	"github.com/asyncrepl/asyncrepl/internal/gosrc"
	"github.com/asyncrepl/asyncrepl/stdlib_bindings/stdtypes"
)

// What the type checker knows, asked by the user: the type of an expression
// (:type), the documentation of a name (:doc), and the fields and methods of
// a value (Tab after a dot). Nothing here runs the user's code.

// query type-checks text, an expression, in the context of the session,
// without running it, and returns what the checker found.
func (s *Session) query(text string) (*frontend.Checked, error) { return s.fe.Query(s.n+1, text) }

// queryError is err, an error in the expression text of a query, placed
// in text: the query is no input, and has no input's number.
func queryError(text string, err error) error {
	var e *Error
	if !errors.As(err, &e) || e.Pos == "" {
		return err
	}
	text = strings.TrimSpace(text)
	where := text
	m := gosrc.PosLineCol.FindStringSubmatch(e.Pos)
	if m != nil && strings.HasPrefix(e.Pos, "input ") {
		line, col := 1, 0
		if m[1] != "" {
			line, _ = strconv.Atoi(m[1])
		}
		col, _ = strconv.Atoi(m[2])
		switch {
		case strings.Contains(text, "\n"):
			where += fmt.Sprintf(", line %d, column %d", line, col)
		case col > 1:
			where += fmt.Sprintf(", column %d", col)
		}
	}
	return fmt.Errorf("repl: %s: %s", where, e.Msg)
}

// TypeOf returns the type of the expression text as the type checker sees
// it in the session, without evaluating it: "int", "(int, error)",
// "untyped float constant 0.5", or for a type "type time.Duration int64".
func (s *Session) TypeOf(text string) (string, error) {
	c, err := s.query(text)
	if err != nil {
		// A generic function of the session, named alone: its type, type
		// parameters and all (func[T cmp.Ordered](a T, b T) T).
		name := strings.TrimSpace(text)
		if obj, ok := s.fe.Types.Objs[name].(*types.Func); ok && obj.Signature().TypeParams().Len() > 0 {
			return frontend.TypeText(obj.Type()), nil
		}
		// A package's generic function (slices.Collect), likewise.
		if pkg, member, ok := strings.Cut(name, "."); ok && s.fe.Types.Objs[pkg] == nil {
			path := s.packagePath(pkg)
			if p, err := stdtypes.Import(path); path != "" && err == nil {
				if obj, ok := p.Scope().Lookup(member).(*types.Func); ok && obj.Exported() && obj.Signature().TypeParams().Len() > 0 {
					return frontend.TypeText(obj.Type()), nil
				}
			}
		}
		// A generic type named alone: its declaration's type, with its
		// type parameters (type Box[T any] struct{V T}).
		if obj, ok := s.fe.Types.Objs[name].(*types.TypeName); ok {
			if n, ok := obj.Type().(*types.Named); ok && n.TypeParams().Len() > 0 {
				var tps []string
				for tp := range n.TypeParams().TypeParams() {
					tps = append(tps, tp.Obj().Name()+" "+frontend.TypeText(tp.Constraint()))
				}
				return "type " + name + "[" + strings.Join(tps, ", ") + "] " + frontend.TypeText(n.Underlying()), nil
			}
		}
		if s.fe.Types.Objs[name] == nil {
			if path := s.packagePath(name); path != "" {
				// The type checker's "undefined: fmt": a package has no type.
				return "", fmt.Errorf("repl: %s is a package (%q), which has no type: :doc %s lists its members", name, path, name)
			}
		}
		return "", queryError(text, err)
	}
	tv := c.Info.Types[c.Result]
	switch {
	case tv.IsType():
		t := tv.Type
		if u := t.Underlying(); u != t {
			return "type " + frontend.TypeText(t) + " " + frontend.TypeText(u), nil
		}
		return "type " + frontend.TypeText(t), nil
	case tv.IsBuiltin():
		return "built-in function " + strings.TrimSpace(text), nil
	case tv.IsVoid():
		return "no value (a call of a function without results)", nil
	case tv.Value != nil:
		return frontend.TypeText(tv.Type) + " constant " + tv.Value.String(), nil
	case tv.Type == nil:
		return "", fmt.Errorf("repl: the type of %s is unknown", text)
	}
	return frontend.TypeText(tv.Type), nil
}

// packagePath returns the path of the package the session names name,
// imported or importable, "" if none.
func (s *Session) packagePath(name string) string {
	if path := s.fe.Imports[name]; path != "" {
		return path
	}
	return s.fe.Importable[name]
}

// Selectors returns the fields and methods that the value of the
// expression text has, as a selector after it may name them: exported ones
// for types of other packages, all for the session's own.
func (s *Session) Selectors(text string) []string {
	c, err := s.query(text)
	if err != nil {
		return nil
	}
	tv := c.Info.Types[c.Result]
	if tv.Type == nil || tv.IsBuiltin() {
		return nil
	}
	visible := func(o types.Object) bool {
		return o.Exported() || o.Pkg() == nil || o.Pkg().Path() == "main"
	}
	return selectorNames(tv.Type, !tv.IsType(), visible)
}

// selectorNames returns the names a selector after a value of t (after
// the type t itself where fields is false: its methods only) may name,
// those visible says, sorted: fields, promoted ones too, and methods, as
// the value is addressable.
func selectorNames(t types.Type, fields bool, visible func(types.Object) bool) []string {
	var out []string
	if fields {
		seen := map[*types.Struct]bool{}
		var walk func(t types.Type)
		walk = func(t types.Type) {
			if p, ok := t.Underlying().(*types.Pointer); ok {
				t = p.Elem()
			}
			st, ok := t.Underlying().(*types.Struct)
			if !ok || seen[st] {
				return
			}
			seen[st] = true
			for f := range st.Fields() {
				if visible(f) {
					out = append(out, f.Name())
				}
				if f.Embedded() {
					walk(f.Type())
				}
			}
		}
		walk(t)
	}
	for _, sel := range typeutil.IntuitiveMethodSet(t, nil) {
		if m := sel.Obj(); visible(m) {
			out = append(out, m.Name())
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// Doc returns the documentation of name: a package ("strings", or by its
// import path, "math/rand/v2"), a member of one ("strings.Cut",
// "loop.Await", or "Await" for the loop package's), a method
// ("bufio.Reader.ReadString", or "x.Method" for a variable x of the
// session), or a declaration of the session (its declaration, and for a
// type its methods). It reads nothing but what asyncrepl was built with.
func (s *Session) Doc(name string) (string, error) {
	name = strings.TrimSpace(name)
	if i := strings.LastIndexByte(name, '/'); i > 0 {
		// An import path (container/heap, math/rand/v2.IntN), as go
		// doc takes one.
		path, member, _ := strings.Cut(name[i:], ".")
		path = name[:i] + path
		if _, err := stdtypes.Import(path); err == nil {
			if text, ok := packageDoc(path, member); ok {
				return text, nil
			}
			return "", fmt.Errorf("repl: %s: no such member of package %q", name, path)
		}
	}
	first, rest, _ := strings.Cut(name, ".")
	if obj := s.fe.Types.Objs[first]; obj != nil {
		if rest == "" {
			return s.sessionDoc(obj), nil
		}
		// A method or field of a variable's type.
		t := obj.Type()
		if tn, ok := obj.(*types.TypeName); ok {
			t = tn.Type()
		}
		if p, ok := t.(*types.Pointer); ok {
			t = p.Elem()
		}
		if n, ok := types.Unalias(t).(*types.Named); ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() != "main" {
			if text, ok := stdtypes.Doc(n.Obj().Pkg().Path(), n.Obj().Name()+"."+rest); ok {
				return text, nil
			}
		}
		if m := s.fe.Types.Objs[frontend.TypeText(t)+"."+rest]; m != nil {
			return withDoc(frontend.DeclText(m, frontend.TypeQualifier), s.fe.DocComment(frontend.TypeText(t)+"."+rest)), nil
		}
		// A field, or a method promoted from an embedded field.
		if f, _, _ := types.LookupFieldOrMethod(t, true, obj.Pkg(), rest); f != nil {
			if v, ok := f.(*types.Var); ok && v.IsField() {
				return fmt.Sprintf("field %s %s of %s\n", v.Name(), types.TypeString(v.Type(), frontend.TypeQualifier), frontend.TypeText(t)), nil
			}
			if fn, ok := f.(*types.Func); ok {
				return frontend.DeclText(fn, frontend.TypeQualifier) + "\n", nil
			}
		}
		return "", fmt.Errorf("repl: no documentation for %s: %s has no field or method %s", name, frontend.TypeText(t), rest)
	}
	if path := s.packagePath(first); path != "" {
		if text, ok := packageDoc(path, rest); ok {
			return text, nil
		}
		hint := ""
		if pkg, err := stdtypes.Import(path); err == nil {
			if typ, member, ok := strings.Cut(rest, "."); ok {
				if tn, ok := pkg.Scope().Lookup(typ).(*types.TypeName); ok && tn.Exported() {
					// An interface's method, a field: what the type says.
					switch o, _, _ := types.LookupFieldOrMethod(tn.Type(), true, pkg, member); o := o.(type) {
					case *types.Var:
						return fmt.Sprintf("field %s %s of %s.%s\n", o.Name(), types.TypeString(o.Type(), types.RelativeTo(pkg)), first, typ), nil
					case *types.Func:
						return fmt.Sprintf("func (%s.%s) %s%s\n", first, typ, o.Name(), strings.TrimPrefix(types.TypeString(o.Type(), types.RelativeTo(pkg)), "func")), nil
					}
					// loop.Queue.Nope: the type's members, as an input's
					// selector would be told.
					names := selectorNames(tn.Type(), true, types.Object.Exported)
					if near := frontend.Nearest(member, names); near != "" {
						hint = fmt.Sprintf(" (did you mean %s.%s.%s?)", first, typ, near)
					}
					return "", fmt.Errorf("repl: %s: %s.%s has no method or field %s%s (:doc %s.%s lists its methods)", name, first, typ, member, hint, first, typ)
				}
			}
			// A typo, as an input's would be told (strings.Splt).
			if near := frontend.Nearest(rest, frontend.ExportedNames(pkg)); near != "" {
				hint = fmt.Sprintf(" (did you mean %s.%s?)", first, near)
			} else if owner := methodOwner(pkg, rest); owner != "" {
				// asyncio's loop.run_in_executor is a method of the loop.
				hint = fmt.Sprintf(" (it is a method: :doc %s.%s.%s)", first, owner, rest)
			}
		}
		return "", fmt.Errorf("repl: %s: no such member of package %s (%q)%s", name, first, path, hint)
	}
	if text, ok := packageDoc("github.com/asyncrepl/asyncrepl/loop", name); ok {
		return text, nil
	}
	return "", fmt.Errorf("repl: no documentation for %s: not a declaration of the session, a package, or a member of one", name)
}

// methodOwner returns the name of the exported type of pkg that has an
// exported method name (on its pointer), "" if none has.
func methodOwner(pkg *types.Package, name string) string {
	if !token.IsExported(name) {
		return ""
	}
	for _, n := range pkg.Scope().Names() {
		tn, ok := pkg.Scope().Lookup(n).(*types.TypeName)
		if !ok || !tn.Exported() {
			continue
		}
		if obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(tn.Type()), true, pkg, name); obj != nil {
			if _, isFunc := obj.(*types.Func); isFunc {
				return n
			}
		}
	}
	return ""
}

// packageDoc returns the documentation of member of the package at path:
// a method promoted from an embedded field (loop.Task.Result, Future's)
// by the type that declares it.
func packageDoc(path, member string) (string, bool) {
	if text, ok := stdtypes.Doc(path, member); ok {
		if pkg, err := stdtypes.Import(path); err == nil {
			switch obj := pkg.Scope().Lookup(member).(type) {
			case nil:
				if member == "" {
					text = strings.TrimRight(text, "\n") + "\n\n" + packageIndex(pkg)
				}
			case *types.TypeName:
				if index := typeIndex(pkg, obj); index != "" {
					text = strings.TrimRight(text, "\n") + "\n\n" + index
				}
			}
		}
		return text, true
	}
	typ, method, ok := strings.Cut(member, ".")
	if !ok {
		return "", false
	}
	pkg, err := stdtypes.Import(path)
	if err != nil {
		return "", false
	}
	tn, ok := pkg.Scope().Lookup(typ).(*types.TypeName)
	if !ok {
		return "", false
	}
	obj, _, _ := types.LookupFieldOrMethod(tn.Type(), true, pkg, method)
	fn, ok := obj.(*types.Func)
	if !ok || fn.Pkg() == nil {
		return "", false
	}
	recv := fn.Signature().Recv()
	if recv == nil {
		return "", false
	}
	rt := recv.Type()
	if p, ok := rt.(*types.Pointer); ok {
		rt = p.Elem()
	}
	n, ok := types.Unalias(rt).(*types.Named)
	if !ok || n.Obj() == tn {
		return "", false
	}
	return stdtypes.Doc(fn.Pkg().Path(), n.Obj().Name()+"."+method)
}

// packageIndex lists pkg's exported members one line each, as go doc does
// after a package's comment: constants, variables and functions, then types,
// each followed, indented, by its constants and the functions that make its
// values (those whose results hold the type and no other of the package's).
// A line is the member's declaration as written; a group's (const ( ... ))
// is its first spec and "...", listed once.
func packageIndex(pkg *types.Package) string {
	seen := map[string]bool{}
	// line returns the declaration of member, "" if it was listed.
	line := func(member, kind string) string {
		text, _ := stdtypes.Doc(pkg.Path(), member)
		decl, _, _ := strings.Cut(text, "\n\n")
		if seen[decl] {
			return ""
		}
		seen[decl] = true
		if !strings.HasPrefix(decl, kind+" (") {
			first, _, _ := strings.Cut(decl, "\n")
			if !strings.HasPrefix(first, kind+" ") {
				// Not from the documentation: the type checker's words.
				return types.ObjectString(pkg.Scope().Lookup(member), types.RelativeTo(pkg))
			}
			return first
		}
		f, err := parser.ParseFile(token.NewFileSet(), "", "package p\n"+decl, 0)
		if err != nil || len(f.Decls) != 1 {
			return ""
		}
		specs := f.Decls[0].(*ast.GenDecl).Specs
		var b strings.Builder
		if len(specs) == 0 || format.Node(&b, token.NewFileSet(), specs[0]) != nil {
			return ""
		}
		out := kind + " " + b.String()
		if len(specs) > 1 {
			out += " ..."
		}
		return out
	}
	owner := func(t types.Type) string {
		if p, ok := t.(*types.Pointer); ok {
			t = p.Elem()
		}
		if n, ok := types.Unalias(t).(*types.Named); ok && n.Obj().Pkg() == pkg && n.Obj().Exported() {
			return n.Obj().Name()
		}
		return ""
	}
	// maker returns the type whose values fn makes, "" if none.
	maker := func(fn *types.Func) string {
		found := ""
		res := fn.Signature().Results()
		for i := range res.Len() {
			if o := owner(res.At(i).Type()); o != "" {
				if found != "" && found != o {
					return ""
				}
				found = o
			}
		}
		return found
	}
	// values are the constants and variables by the type they go with
	// ("" for none), funcs the functions by the type they make.
	values, funcs := map[string][]string{}, map[string][]string{}
	add := func(m map[string][]string, key, l string) {
		if l != "" {
			m[key] = append(m[key], l)
		}
	}
	names := frontend.ExportedNames(pkg)
	// Values in the order they are declared (January before April).
	byPos := slices.SortedStableFunc(slices.Values(names), func(a, b string) int {
		return cmp.Compare(pkg.Scope().Lookup(a).Pos(), pkg.Scope().Lookup(b).Pos())
	})
	for _, name := range byPos {
		switch obj := pkg.Scope().Lookup(name).(type) {
		case *types.Const:
			add(values, owner(obj.Type()), line(name, "const"))
		case *types.Var:
			add(values, "", line(name, "var"))
		}
	}
	var typs []string
	for _, name := range names {
		switch obj := pkg.Scope().Lookup(name).(type) {
		case *types.Func:
			add(funcs, maker(obj), line(name, "func"))
		case *types.TypeName:
			typs = append(typs, name)
		}
	}
	var b strings.Builder
	for _, l := range append(values[""], funcs[""]...) {
		b.WriteString(l + "\n")
	}
	for _, name := range typs {
		decl := line(name, "type")
		if strings.HasSuffix(decl, "{") {
			decl += " ... }"
		}
		b.WriteString(decl + "\n")
		for _, l := range append(values[name], funcs[name]...) {
			b.WriteString("    " + l + "\n")
		}
	}
	return b.String()
}

// typeIndex lists, as go doc does after a type's comment, the functions
// of pkg that make values of tn (those whose results hold it), then its
// exported methods, each by name: each its declaration's first line.
func typeIndex(pkg *types.Package, tn *types.TypeName) string {
	first := func(member string, obj types.Object) string {
		if text, ok := stdtypes.Doc(pkg.Path(), member); ok {
			decl, _, _ := strings.Cut(text, "\n")
			if strings.HasPrefix(decl, "func ") {
				return decl
			}
		}
		return types.ObjectString(obj, types.RelativeTo(pkg))
	}
	makes := func(t types.Type) bool {
		if p, ok := t.(*types.Pointer); ok {
			t = p.Elem()
		}
		n, ok := types.Unalias(t).(*types.Named)
		return ok && n.Obj() == tn
	}
	var lines []string
	for _, name := range frontend.ExportedNames(pkg) {
		if fn, ok := pkg.Scope().Lookup(name).(*types.Func); ok {
			for r := range fn.Signature().Results().Variables() {
				if makes(r.Type()) {
					lines = append(lines, first(name, fn))
					break
				}
			}
		}
	}
	var methods []*types.Func
	if n, ok := types.Unalias(tn.Type()).(*types.Named); ok && !types.IsInterface(n) {
		// (An interface's methods are in its declaration.)
		for m := range n.Methods() {
			if m.Exported() {
				methods = append(methods, m)
			}
		}
	}
	slices.SortFunc(methods, func(a, b *types.Func) int { return cmp.Compare(a.Name(), b.Name()) })
	for _, m := range methods {
		lines = append(lines, first(tn.Name()+"."+m.Name(), m))
	}
	if len(lines) == 0 {
		return ""
	}
	return strings.Join(lines, "\n") + "\n"
}

// sessionDoc describes a declaration of the session: a type with its
// methods.
func (s *Session) sessionDoc(obj types.Object) string {
	var b strings.Builder
	decl := frontend.DeclText(obj, frontend.TypeQualifier)
	if c, ok := obj.(*types.Const); ok {
		// Its value as a reader writes it (3.14, not the checker's
		// exact (157.0 / 50)).
		decl = "const " + c.Name()
		if b, ok := c.Type().(*types.Basic); !ok || b.Info()&types.IsUntyped == 0 {
			decl += " " + types.TypeString(c.Type(), frontend.TypeQualifier)
		}
		decl += " = " + c.Val().String()
	}
	b.WriteString(withDoc(decl, s.fe.DocComment(obj.Name())))
	// A type's methods; an interface's are in its declaration (not
	// methods declared with it as their receiver, func (_ Shape) Area()).
	if tn, ok := obj.(*types.TypeName); ok && !types.IsInterface(tn.Type()) {
		for _, key := range slices.Sorted(maps.Keys(s.fe.Types.Objs)) {
			if recv, _, ok := strings.Cut(key, "."); ok && recv == obj.Name() {
				b.WriteString(withDoc(frontend.DeclText(s.fe.Types.Objs[key], frontend.TypeQualifier), s.fe.DocComment(key)))
			}
		}
	}
	return b.String()
}

// withDoc returns the line of a declaration followed by its doc comment,
// indented, as go doc shows them.
func withDoc(decl, doc string) string {
	if doc == "" {
		return decl + "\n"
	}
	return decl + "\n    " + strings.ReplaceAll(doc, "\n", "\n    ") + "\n"
}
