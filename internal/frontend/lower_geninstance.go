package frontend

import (
	"fmt"
	"go/ast"
	"go/types"
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
// At the prompt and in a :load, where an input cannot declare such an
// alias for itself, the first instance the session writes out runs (it
// runs right); one written out again is refused, with the way around:
// declare the alias (type PairSI = Pair[string, int]) and use it. The
// alias declarations themselves are left alone.

// lowerGenericInstances rewrites or refuses the instances described above.
func (w *rewriter) lowerGenericInstances(in *inspector.Inspector) error {
	info := w.info()
	aliases := map[string]string{} // instance text -> alias
	var decls []string
	var err error
	in.WithStack([]ast.Node{(*ast.IndexListExpr)(nil)}, func(n ast.Node, push bool, stack []ast.Node) bool {
		if !push || err != nil {
			return false
		}
		x := n.(*ast.IndexListExpr)
		tv, ok := info.Types[x]
		if !ok || !tv.IsType() {
			return true
		}
		named, ok := types.Unalias(tv.Type).(*types.Named)
		if !ok || named.TypeArgs().Len() < 2 || named.Obj().Pkg() == nil || named.Obj().Pkg().Path() != "main" {
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
			// The first one the session writes out runs right.
			seen := w.fe.instances[typ] || slices.Contains(w.plan.instances, typ)
			if !seen {
				w.plan.instances = append(w.plan.instances, typ) // see Record
			}
			if alias || !seen {
				return true
			}
			err = &Error{Pos: w.src.Position(w.offset(x.Pos())), Msg: fmt.Sprintf(
				"%s: the interpreter loses values of a generic type of several type parameters written out at the prompt (a second %s{...} made the first a zero value); declare an alias for it in an input of its own (type %sOf = %s) and use that", typ, typ, named.Obj().Name(), typ)}
			return false
		}
		if alias {
			return true
		}
		name, ok := aliases[typ]
		if !ok {
			name = w.tmpName(named.Obj().Name())
			aliases[typ] = name
			decls = append(decls, fmt.Sprintf("type %s = %s", name, typ))
		}
		w.add(w.offset(x.Pos()), w.offset(x.End()), name, 0)
		return false
	})
	if err != nil {
		return err
	}
	if len(decls) > 0 {
		end := w.offset(w.file.End())
		w.add(end, end, "\n"+strings.Join(decls, "\n")+"\n", 90)
	}
	return nil
}
