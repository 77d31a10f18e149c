package frontend

import (
	"embed"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"io/fs"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
)

// The generic standard library.
//
// yaegi v0.16.1's symbol tables skip generic functions, and are Go 1.22's:
// slices.Sort, slices.Collect, maps.Keys, cmp.Or, iter.Pull, sync.OnceValue,
// strings.Lines and the like were undefined (and iter did not exist). The
// pass rewrites each use of one into a use of an interpreted stand-in from
// the prelude (package prelude: the same type parameters, the same
// behaviour), with the type arguments go/types inferred written out:
//
//	slices.Sort(s)                      ->  __slices_Sort[[]int, int](s)
//	slices.Collect(maps.Keys(m))        ->  __slices_Collect[string](__maps_Keys[map[string]int, string, int](m))
//	strings.Lines(text)                 ->  __strings_Lines(text)
//
// and iter.Seq[V] and iter.Seq2[K, V] into their underlying types,
// func(yield func(V) bool) and func(yield func(K, V) bool) (an import of
// iter goes), and atomic.Pointer[T] into the prelude's __atomic_Pointer[T]. The stand-ins the code uses, and what they use, are declared
// into the session the first time (declarePrelude), or added to the
// program of a script. Methods of values these functions return are the
// prelude's too; a type of the prelude cannot be named by the user's code
// except through the lowered iter types.

// preludeFS holds the stand-ins' source.
//
//go:embed prelude/*.go
var preludeFS embed.FS

// lowerOnlyPkgs are the packages the interpreter lacks whose every use is
// lowered: their imports go.
var lowerOnlyPkgs = map[string]bool{"iter": true, "unsafe": true}

// preludePkgs are the packages whose functions have stand-ins, by path.
var preludePkgs = map[string]bool{"slices": true, "maps": true, "cmp": true, "iter": true, "sync": true, "sync/atomic": true, "strings": true, "bytes": true}

// A preludeDecl is one declaration of the prelude (a type with its
// methods).
type preludeDecl struct {
	Name    string
	Text    string
	deps    []string      // the prelude declarations it uses
	fn      *ast.FuncDecl // a function's declaration
	Imports []string      // the packages it uses: "__p_name path"
}

// prelude returns the prelude's declarations by name.
var prelude = sync.OnceValue(func() map[string]*preludeDecl {
	decls := map[string]*preludeDecl{}
	files, _ := fs.Glob(preludeFS, "prelude/*.go")
	type pending struct {
		d       *preludeDecl
		node    ast.Node
		imports map[string]string
	}
	var all []pending
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		src, _ := preludeFS.ReadFile(name)
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, name, src, parser.SkipObjectResolution)
		if err != nil {
			panic("repl: the prelude does not parse: " + err.Error())
		}
		imports := map[string]string{}
		for _, is := range f.Imports {
			n, path := importSpecName(is)
			imports[n] = path
		}
		text := func(n ast.Node) string {
			return string(src[fset.Position(n.Pos()).Offset:fset.Position(n.End()).Offset])
		}
		for _, d := range f.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				if d.Recv != nil {
					continue // with its type, below
				}
				pd := &preludeDecl{Name: d.Name.Name, Text: text(d), fn: d}
				if pd.Name == "__builtin_same" {
					// Values held in interfaces, compared as Go does
					// (see the prelude's builtin.go).
					pd.Text = "func __builtin_same(a, b any) bool { if x, ok := a.(error); ok { if y, ok := b.(error); ok { return " + HelperPkg + ".SameError(x, y) } }; return " + HelperPkg + ".SameValue(a, b) }"
				}
				switch pd.Name {
				case "__builtin_bounds":
					pd.Text = "func __builtin_bounds(low, high, c int) { " + HelperPkg + ".BoundsSlice(low, high, c, true) }"
				case "__builtin_bounds3":
					pd.Text = "func __builtin_bounds3(low, high, max, c int) { " + HelperPkg + ".BoundsSlice3(low, high, max, c, true) }"
				}
				if pd.Name == "__builtin_iface" {
					// The interpreter hands a nil interface over as its
					// own interface value holding nothing; a struct or
					// array holding interfaces is compared as they are
					// (its == compared the shell's boxes of errors).
					pd.Text = "func __builtin_iface(zero any) bool { return " + HelperPkg + ".IsNilHeld(zero) || " + HelperPkg + ".ComparesIfaces(zero) }"
				}
				decls[pd.Name] = pd
				all = append(all, pending{pd, d, imports})
			case *ast.GenDecl:
				if d.Tok == token.IMPORT {
					continue
				}
				pd := &preludeDecl{Text: text(d)}
				if ts, ok := d.Specs[0].(*ast.TypeSpec); ok && ts.Name.Name == "__ordered" {
					// The interpreter needs no type-set constraint, and
					// crashes on some (see lower_constraint.go).
					pd.Text = "type __ordered = any"
				}
				for _, spec := range d.Specs {
					switch spec := spec.(type) {
					case *ast.TypeSpec:
						decls[spec.Name.Name] = pd
						pd.Name = cmpOr(pd.Name, spec.Name.Name)
					case *ast.ValueSpec:
						for _, n := range spec.Names {
							decls[n.Name] = pd
							pd.Name = cmpOr(pd.Name, n.Name)
						}
					}
				}
				all = append(all, pending{pd, d, imports})
			}
		}
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv != nil {
				pd := decls[recvName(fd.Recv.List[0].Type)]
				pd.Text += "\n" + text(fd)
				all = append(all, pending{pd, fd, imports})
			}
		}
	}
	for _, p := range all {
		ast.Inspect(p.node, func(n ast.Node) bool {
			id, ok := n.(*ast.Ident)
			if !ok {
				return true
			}
			if dep := decls[id.Name]; dep != nil && dep != p.d && !slices.Contains(p.d.deps, dep.Name) {
				p.d.deps = append(p.d.deps, dep.Name)
			}
			if path, ok := p.imports[id.Name]; ok {
				if imp := id.Name + " " + strconv.Quote(path); !slices.Contains(p.d.Imports, imp) {
					p.d.Imports = append(p.d.Imports, imp)
				}
			}
			return true
		})
	}
	return decls
})

func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// PreludeClosure returns the declarations names need, each after those
// it uses, leaving out those in done.
func PreludeClosure(names []string, done map[string]bool) []*preludeDecl {
	decls := prelude()
	var out []*preludeDecl
	seen := map[string]bool{}
	var visit func(name string)
	visit = func(name string) {
		d := decls[name]
		if d == nil || seen[d.Name] || done[d.Name] {
			return
		}
		seen[d.Name] = true
		for _, dep := range d.deps {
			visit(dep)
		}
		out = append(out, d)
	}
	for _, n := range names {
		visit(n)
	}
	return out
}

// preludeName returns the name of the stand-in for pkg.name, or "" if
// there is none.
func preludeName(pkg *types.Package, name string) string {
	if pkg == nil || !preludePkgs[pkg.Path()] {
		return ""
	}
	n := "__" + pkg.Name() + "_" + name
	if prelude()[n] == nil {
		return ""
	}
	return n
}

// stdGenericFunc returns the stand-in for fn, a function of another
// package, recording that the code uses it; "" if it has none.
func (w *rewriter) stdGenericFunc(fn *types.Func) string {
	if fn.Signature().Recv() != nil {
		return ""
	}
	name := preludeName(fn.Pkg(), fn.Name())
	if name != "" {
		w.usePrelude(name, fn.Pkg().Path())
	}
	return name
}

// usePrelude records that the code uses the stand-in name, for a use of
// package path that is lowered.
func (w *rewriter) usePrelude(name, path string) {
	if name != "" && !slices.Contains(w.plan.Prelude, name) {
		w.plan.Prelude = append(w.plan.Prelude, name)
	}
	if w.loweredUses == nil {
		w.loweredUses = map[string]int{}
	}
	w.loweredUses[path]++
}

// stdGenericType lowers an instantiated generic type of the standard
// library named by id: iter.Seq and iter.Seq2 become their underlying
// function types, atomic.Pointer the prelude's.
func (w *rewriter) stdGenericType(id *ast.Ident, _ types.Instance, stack []ast.Node) {
	tn, ok := w.info().Uses[id].(*types.TypeName)
	if !ok || tn.Pkg() == nil || len(stack) < 3 {
		return
	}
	sel, ok := stack[len(stack)-2].(*ast.SelectorExpr)
	if !ok || sel.Sel != id {
		return
	}
	if name := preludeName(tn.Pkg(), tn.Name()); name != "" && tn.Pkg().Path() != "iter" {
		// atomic.Pointer[T] -> __atomic_Pointer[T]
		w.add(w.offset(sel.Pos()), w.offset(sel.End()), name, 0)
		w.usePrelude(name, tn.Pkg().Path())
		return
	}
	if tn.Pkg().Path() != "iter" {
		return
	}
	var args []ast.Expr
	switch x := stack[len(stack)-3].(type) {
	case *ast.IndexExpr:
		if x.X == sel {
			args = []ast.Expr{x.Index}
		}
	case *ast.IndexListExpr:
		if x.X == sel {
			args = x.Indices
		}
	}
	if (tn.Name() != "Seq" || len(args) != 1) && (tn.Name() != "Seq2" || len(args) != 2) {
		return
	}
	x := stack[len(stack)-3].(ast.Expr)
	if len(stack) >= 4 {
		if call, ok := stack[len(stack)-4].(*ast.CallExpr); ok && call.Fun == x && len(call.Args) == 1 {
			// A conversion, iter.Seq[int](f): f is a function of that
			// type already (the interpreter crashed converting one that
			// a generic function made).
			w.add(w.offset(x.Pos()), w.offset(x.End()), "", 0)
			if _, ok := call.Args[0].(*ast.Ident); ok {
				// Nor its parentheses: the interpreter fails to assign a
				// declared function in them (seq := (nums): "reflect.Set:
				// value of type *interface {} is not assignable").
				w.add(w.offset(call.Lparen), w.offset(call.Lparen)+1, "", 0)
				w.add(w.offset(call.Rparen), w.offset(call.Rparen)+1, "", 0)
			}
			w.usePrelude("", "iter")
			return
		}
	}
	var moved []string
	for _, a := range args {
		moved = append(moved, w.moved(a))
	}
	// Not in parentheses, which the interpreter fails on in a var
	// declaration: the conversions, where they would be needed, went above.
	w.add(w.offset(x.Pos()), w.offset(x.End()), "func(yield func("+strings.Join(moved, ", ")+") bool)", 0)
	w.usePrelude("", "iter")
}

// dropLoweredImports removes the imports of the packages the interpreter
// lacks whose uses were all lowered (at the prompt, the session does not
// import them).
func (w *rewriter) dropLoweredImports() {
	info := w.info()
	uses := map[string]int{}
	for id, obj := range info.Uses {
		if pn, ok := obj.(*types.PkgName); ok && w.fset.File(id.Pos()) == w.fset.File(w.file.Pos()) {
			uses[pn.Imported().Path()]++
		}
	}
	for path := range lowerOnlyPkgs {
		if uses[path] != w.loweredUses[path] {
			continue // a use left: the interpreter says what it lacks
		}
		for name, p := range w.plan.AutoImports {
			if p == path {
				delete(w.plan.AutoImports, name)
			}
		}
		if w.dropImports == nil {
			w.dropImports = map[string]bool{}
		}
		w.dropImports[path] = true
		if w.mode == ModeInput {
			continue // the session makes the imports (see analyse)
		}
		for _, d := range w.file.Decls {
			gd, ok := d.(*ast.GenDecl)
			if !ok || gd.Tok != token.IMPORT {
				continue
			}
			for _, spec := range gd.Specs {
				if _, p := importSpecName(spec.(*ast.ImportSpec)); p == path {
					if len(gd.Specs) == 1 {
						w.add(w.offset(gd.Pos()), w.offset(gd.End()), "", 0)
					} else {
						w.add(w.offset(spec.Pos()), w.offset(spec.End()), "", 0)
					}
				}
			}
		}
	}
}

// keepsImport reports whether the session makes an import of path the
// segment has.
func (w *rewriter) keepsImport(path string) bool { return !w.dropImports[path] }

// scriptPrelude returns the prelude's declarations a script uses, to add
// to its code (genericFuncsFirst), and adds their imports to the file.
func (w *rewriter) scriptPrelude() string {
	decls := PreludeClosure(w.plan.Prelude, nil)
	if len(decls) == 0 {
		return ""
	}
	var imports []string
	var b strings.Builder
	for _, d := range decls {
		b.WriteString("\n" + d.Text + "\n")
		for _, imp := range d.Imports {
			if !slices.Contains(imports, imp) {
				imports = append(imports, imp)
			}
		}
	}
	sort.Strings(imports)
	at := w.offset(w.file.Name.End())
	w.add(at, at, "; import ("+strings.Join(imports, "; ")+")", 1)
	return b.String()
}
