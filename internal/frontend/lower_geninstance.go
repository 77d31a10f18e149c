package frontend

import (
	"fmt"
	"go/ast"
	"go/types"
	"maps"
	"slices"
	"strings"

	"golang.org/x/tools/go/ast/inspector"
)

// Lowering: instances of the program's generic types of several type
// parameters, written out.
//
// yaegi v0.16.1 loses code around a second written-out instance of a
// generic type of two or more type parameters in a function: after
// a := Pair[string, int]{"a", 1}; fmt.Println(a); b := Pair[string, int]{"b", 2},
// a was the zero value and the Println between them never ran. Through
// a package-level alias of the instance it runs correctly. So in a script
// each such instance whose type arguments can be written at the package's
// level (no type parameters, no local types) is named by an alias the
// pass declares at the end of the file:
//
//	b := Pair[string, int]{"b", 2}  ->  b := __Pair1{"b", 2}  ...  type __Pair1 = Pair[string, int]
//
// At the prompt and in a :load, the alias is the session's: declared
// before the input's code is compiled (in a declaration of its own, for
// statements), the first time an input writes the instance out, and used
// by the later inputs that write it out again. The alias declarations
// the user writes are left alone.
//
// yaegi also does not find an instance of a generic type of one type
// parameter written as a conversion's type (List[int](s)), a composite
// literal's type in some places (f(Box[int]{1})) or a type argument
// (F[List[int]]()): it failed with "type not found: List[int]". In a
// script such an instance goes through an alias too. An embedded field
// keeps its instance, whose alias would rename the field.
//
// The type arguments lower_infer.go writes out go through the same
// aliases: Apply(1, NewPair[int, string]) became
// Apply[int, Pair[int, string]](...), which yaegi failed to instantiate
// ("CFG post-order panic: runtime error: invalid memory address"), and
// Apply[int, __Pair1] runs. A type argument of an instance of another
// generic type keeps its instance: yaegi built Gen[__Pair1] without a
// type ("CFG post-order panic: nil reflect type") and Gen[Pair[int,
// string]] right.

// lowerGenericInstances rewrites or refuses the instances described above.
func (w *rewriter) lowerGenericInstances(in *inspector.Inspector) error {
	info := w.info()
	var err error
	in.WithStack([]ast.Node{(*ast.IndexListExpr)(nil), (*ast.IndexExpr)(nil)}, func(n ast.Node, push bool, stack []ast.Node) bool {
		if !push || err != nil {
			return false
		}
		x := n.(ast.Expr)
		tv, ok := info.Types[x]
		if !ok || !tv.IsType() {
			return true
		}
		named, ok := types.Unalias(tv.Type).(*types.Named)
		if !ok || named.TypeArgs().Len() == 0 || named.Obj().Pkg() == nil || named.Obj().Pkg().Path() != "main" {
			return true
		}
		if id, ok := instanceIdent(x); ok && w.copied(id) {
			return false // written out (lower_typecopy.go)
		}
		var parent ast.Node
		if len(stack) >= 2 {
			parent = stack[len(stack)-2]
		}
		if f, ok := parent.(*ast.Field); ok && len(f.Names) == 0 {
			return true // an embedded field: an alias would rename it
		}
		if typeArgOfType(info, x, parent) {
			return true // see the doc: the alias would make a type yaegi cannot build
		}
		if _, one := x.(*ast.IndexExpr); one && (w.mode != ModeScript || !instanceOperand(info, x, parent)) {
			return true
		}
		alias := false
		if len(stack) >= 2 {
			if ts, ok := stack[len(stack)-2].(*ast.TypeSpec); ok && ts.Assign.IsValid() && ts.Type == x {
				alias = true
			}
		}
		if hasTypeParam(named) {
			return true
		}
		typ, ok := w.typeSource(named, w.file.Name.Pos())
		if !ok {
			return true
		}
		if w.mode != ModeScript {
			if alias {
				return true
			}
			// Through the session's alias, declared before the input
			// runs (as the user would, in an input of its own).
			w.add(w.offset(x.Pos()), w.offset(x.End()), w.sessionInstanceAlias(named, typ), 0)
			return false
		}
		if alias {
			return true
		}
		w.add(w.offset(x.Pos()), w.offset(x.End()), w.instanceAlias(named, typ), 0)
		return false
	})
	return err
}

// instanceAlias returns the name of the alias of the instance named, whose
// text is typ, declaring the alias after the code the first time.
//
// The aliases come last, after the prelude's functions too: declaring
// one instantiates the type, with its methods, from the declarations
// the interpreter has seen; a method calling a generic function
// declared below the alias (cmp.Compare's stand-in, called by a tree's
// Add) was left out, and so were the methods after it (a call of the
// tree's String method failed with "undefined selector: String").
func (w *rewriter) instanceAlias(named *types.Named, typ string) string {
	if name, ok := w.instAliases[typ]; ok {
		return name
	}
	if w.instAliases == nil {
		w.instAliases = map[string]string{}
		w.instAliasDecls = "\n"
	}
	name := w.tmpName(named.Obj().Name())
	w.instAliases[typ] = name
	w.instAliasDecls += fmt.Sprintf("\ntype %s = %s", name, typ)
	return name
}

// warmGenericResults declares, at the prompt and in a :load, the
// session's alias of each instance of a generic type of the program that
// a generic function the input calls with concrete type arguments
// returns (Set[int] for NewSet(1, 2)), before the input's code.
//
// yaegi v0.16.1 could not build a generic function's instance that built
// the first instance of its result type, whose method calls the function
// (Union calling NewSet[T]()): "CFG post-order panic: runtime error:
// invalid memory address". With the type's instance made first, by the
// alias, it builds both. (A script writes such types out per instance,
// lower_typecopy.go.)
func (w *rewriter) warmGenericResults() {
	info := w.info()
	if info == nil || w.mode == ModeScript {
		return
	}
	ids := slices.SortedFunc(maps.Keys(info.Instances), func(a, b *ast.Ident) int { return int(a.Pos() - b.Pos()) })
	for _, id := range ids {
		fn, ok := info.Uses[id].(*types.Func)
		inst := info.Instances[id]
		if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "main" || fn.Parent() != fn.Pkg().Scope() || hasTypeParam(inst.Type) {
			continue
		}
		sig, ok := inst.Type.(*types.Signature)
		if !ok {
			continue
		}
		for v := range sig.Results().Variables() {
			named, ok := types.Unalias(derefType(v.Type())).(*types.Named)
			if !ok || named.TypeArgs().Len() == 0 || named.Obj().Pkg() == nil || named.Obj().Pkg().Path() != "main" || hasTypeParam(named) {
				continue
			}
			if typ, ok := w.typeSource(named, w.file.Name.Pos()); ok {
				w.sessionInstanceAlias(named, typ)
			}
		}
	}
}

// sessionInstanceAlias returns the name of the session's alias of the
// instance named, whose text is typ, at the prompt or in a :load: one an
// earlier input declared, or one declared for this input before its
// code (Plan.IfaceCopyDecls), recorded for later inputs with the input.
func (w *rewriter) sessionInstanceAlias(named *types.Named, typ string) string {
	if name := w.fe.instances[typ]; name != "" {
		return name
	}
	if name := w.plan.instances[typ]; name != "" {
		return name
	}
	name := w.tmpName(named.Obj().Name())
	if w.plan.instances == nil {
		w.plan.instances = map[string]string{}
	}
	w.plan.instances[typ] = name // see Record
	w.IfaceCopyDecls += fmt.Sprintf("\ntype %s = %s\n", name, typ)
	return name
}

// typeArgAlias returns the alias of the type argument t, written typ, when
// t is an instance of a generic type of the program that a script names
// by an alias (see above); else typ.
func (w *rewriter) typeArgAlias(t types.Type, typ string) string {
	if p, ok := types.Unalias(t).(*types.Pointer); ok && strings.HasPrefix(typ, "*") {
		// A pointer to an instance (First[*Box[int]]): "type not
		// found: Box[int]" too.
		if elem := w.typeArgAlias(p.Elem(), typ[1:]); elem != typ[1:] {
			return "*" + elem
		}
		return typ
	}
	named, ok := types.Unalias(t).(*types.Named)
	if !ok || named.TypeArgs().Len() == 0 || named.Obj().Pkg() == nil || named.Obj().Pkg().Path() != "main" || hasTypeParam(named) {
		return typ
	}
	if w.mode != ModeScript {
		if named.TypeArgs().Len() < 2 && (w.fe.instances[typ] != "" || w.declaresMethodsOf(named.Origin().Obj())) {
			// Made by an earlier input, or by this one after its methods
			// (an alias, declared before them, would make it without).
			return typ
		}
		// An instance of one type parameter not made yet, as the type
		// argument of a generic function an earlier input declared
		// (show[Box[int]]): "type not found: Box[int]".
		return w.sessionInstanceAlias(named, typ)
	}
	return w.instanceAlias(named, typ)
}

// declaresMethodsOf reports whether the input declares a method of the
// type tn.
func (w *rewriter) declaresMethodsOf(tn *types.TypeName) bool {
	info := w.info()
	for _, d := range w.file.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv != nil {
			if fn, ok := info.Defs[fd.Name].(*types.Func); ok {
				if recv := fn.Signature().Recv(); recv != nil {
					if n, ok := types.Unalias(derefType(recv.Type())).(*types.Named); ok && n.Origin().Obj() == tn {
						return true
					}
				}
			}
		}
	}
	return false
}

// typeArgOfType reports whether x is a type argument of an instance of a
// generic type (Gen[Pair[int, string]]).
func typeArgOfType(info *types.Info, x ast.Expr, parent ast.Node) bool {
	switch p := parent.(type) {
	case *ast.IndexExpr:
		return p.Index == x && info.Types[p].IsType()
	case *ast.IndexListExpr:
		return slices.Contains(p.Indices, x) && info.Types[p].IsType()
	}
	return false
}

// instanceOperand reports whether x, an instance of a generic type of one
// type parameter, is written where the interpreter does not find it: the
// type of a conversion or of a composite literal, or a type argument.
func instanceOperand(info *types.Info, x ast.Expr, parent ast.Node) bool {
	switch p := parent.(type) {
	case *ast.CallExpr:
		return p.Fun == x
	case *ast.CompositeLit:
		return p.Type == x
	case *ast.IndexExpr:
		return p.Index == x && !info.Types[p].IsType()
	case *ast.IndexListExpr:
		return slices.Contains(p.Indices, x) && !info.Types[p].IsType()
	}
	return false
}
