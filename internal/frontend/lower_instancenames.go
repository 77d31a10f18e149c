package frontend

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"maps"
	"slices"
	"strings"
)

// Go's names of the instances of generic struct types.
//
// yaegi v0.16.1 builds an instance of a generic struct type of the
// program's (Box[int]) as a struct whose tag (lower_structtag.go) names
// the generic type alone, Box[]: %T of a value of it held in an interface
// (func show(x any) { fmt.Printf("%T", x) } called with Box[int]{1}), and
// the message of a failed assertion naming it, were refused when they
// ran. In a script, where every instance the program makes is one the type
// check sees (the generic type is instantiated with type parameters only
// in its own declaration and methods), each instance is registered with
// Go's name by a sample of it, and named so (hostrt's instanceName); two
// instances the interpreter builds alike (Box[Celsius] and Box[float64])
// are still refused.

// registerInstanceNames declares the registrations described above.
func (w *rewriter) registerInstanceNames() {
	info := w.info()
	if info == nil || w.mode != ModeScript {
		return
	}
	// The generic struct types of the file, and those instantiated with
	// type parameters outside their own declaration and methods (whose
	// instances the check does not see).
	generic := map[*types.TypeName]bool{}
	for _, d := range w.file.Decls {
		if g, ok := d.(*ast.GenDecl); ok {
			for _, sp := range g.Specs {
				ts, ok := sp.(*ast.TypeSpec)
				if !ok || ts.TypeParams == nil {
					continue
				}
				if tn, ok := info.Defs[ts.Name].(*types.TypeName); ok && isStructType(tn.Type()) {
					generic[tn] = true
				}
			}
		}
	}
	if len(generic) == 0 {
		return
	}
	open := map[*types.TypeName]bool{}
	for id, inst := range info.Instances {
		tn, ok := info.Uses[id].(*types.TypeName)
		if !ok || !generic[tn] || !slices.ContainsFunc(slices.Collect(inst.TypeArgs.Types()), hasTypeParam) {
			continue
		}
		if w.declaringType(id.Pos()) != tn.Name() && w.methodOf(id.Pos()) != tn.Name() {
			open[tn] = true
		}
	}
	names := map[string]string{} // source -> Go's name
	pos := w.file.End() - 1
	for _, tv := range info.Types {
		walkWritten(tv.Type, func(t types.Type) bool {
			n, ok := types.Unalias(t).(*types.Named)
			if !ok || n.TypeArgs().Len() == 0 || hasTypeParam(n) || !generic[n.Origin().Obj()] || open[n.Origin().Obj()] || ofLocalTypes(n) {
				return true
			}
			if src, ok := w.typeSource(n, pos); ok && !strings.Contains(src, "__x") {
				names[src] = reflectString(n)
			}
			return true
		})
	}
	if len(names) == 0 {
		return
	}
	var b strings.Builder
	for _, src := range slices.Sorted(maps.Keys(names)) {
		// (A variable: *new(Box[int]) failed before the type's
		// declaration, "type not found".)
		fmt.Fprintf(&b, "\n{ var __s %s; %s.InstanceName(__s, %q) }", src, HelperPkg, names[src])
	}
	f := w.tmpName("repl_instances")
	w.IfaceCopyDecls += fmt.Sprintf("\nfunc %s() bool {%s\nreturn true }\n\nvar %s = %s()\n", f, b.String(), w.tmpName("repl_instance"), f)
}

// methodOf returns the base name of the receiver of the method declared
// at pos ("" for none).
func (w *rewriter) methodOf(pos token.Pos) string {
	for _, d := range w.file.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && pos >= fd.Pos() && pos < fd.End() {
			return recvBase(fd)
		}
	}
	return ""
}

// ofLocalTypes reports whether t is made of a type declared in a function
// (Box[Local] of a type Local in main), which the registrations, at the
// package's level, cannot name.
func ofLocalTypes(t types.Type) bool {
	local := false
	walkWritten(t, func(u types.Type) bool {
		if n, ok := types.Unalias(u).(*types.Named); ok {
			if o := n.Obj(); o.Pkg() != nil && o.Parent() != nil && o.Parent() != o.Pkg().Scope() && o.Parent() != types.Universe {
				local = true
			}
		}
		return !local
	})
	return local
}
