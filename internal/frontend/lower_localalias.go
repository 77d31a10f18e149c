package frontend

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/asyncrepl/asyncrepl/internal/gosrc"
)

// Lowering: a type alias declared inside a function.
//
// yaegi v0.16.1 does not declare a type alias inside a function body
// (func main() { type IDs = []int; ... } failed with "undefined: IDs"),
// though it declares one at the package level. In a script, an alias
// whose type can be written at the package level (it names no type
// declared inside a function, and no type parameter) moves there, under a
// name of its own, and its uses follow (other local aliases it names
// too):
//
//	func main() { type IDs = []int; ids := IDs{1} }
//	  ->  func main() { ; ids := __IDs1{1} }  ...  type __IDs1 = []int
//
// Any other (at the prompt, in a :load, or naming local types) is refused
// with the way around: declare it at the package level.

// lowerLocalAliases moves or refuses the aliases described above.
func (w *rewriter) lowerLocalAliases(in *inspector.Inspector) error {
	info := w.info()
	var decls []string
	var err error
	in.WithStack([]ast.Node{(*ast.DeclStmt)(nil)}, func(n ast.Node, push bool, stack []ast.Node) bool {
		if !push || err != nil {
			return false
		}
		gd, ok := n.(*ast.DeclStmt).Decl.(*ast.GenDecl)
		if !ok || gd.Tok != token.TYPE {
			return true
		}
		// The statements of an input are the session's: its aliases are
		// declared at the package level.
		interactiveTop := w.src.Interactive() && w.plan.Seg.Kind == gosrc.SegStmt && len(stack) <= 4
		for _, spec := range gd.Specs {
			ts := spec.(*ast.TypeSpec)
			if !ts.Assign.IsValid() {
				continue
			}
			if interactiveTop {
				continue
			}
			obj, _ := info.Defs[ts.Name].(*types.TypeName)
			if obj == nil {
				continue
			}
			ok := w.mode == ModeScript && ts.TypeParams == nil && !hasTypeParam(obj.Type())
			walkType(info.TypeOf(ts.Type), func(t types.Type) bool {
				if n, isNamed := t.(*types.Named); isNamed && n.Obj().Pkg() != nil && n.Obj().Parent() != n.Obj().Pkg().Scope() {
					ok = false // a type declared in a function
				}
				return ok
			})
			if !ok {
				err = &Error{Pos: w.src.Position(w.offset(ts.Pos())), Msg: fmt.Sprintf(
					"type alias %s declared inside a function: the interpreter does not declare it there; declare it at the package level", ts.Name.Name)}
				return false
			}
			name := w.tmpName(ts.Name.Name)
			decls = append(decls, fmt.Sprintf("type %s = %s", name, w.moved(ts.Type)))
			for id, o := range info.Uses {
				if o == obj {
					w.add(w.offset(id.Pos()), w.offset(id.End()), name, 0)
				}
			}
			if len(gd.Specs) == 1 {
				w.add(w.offset(gd.Pos()), w.offset(gd.End()), "", 0)
			} else {
				w.add(w.offset(ts.Pos()), w.offset(ts.End()), "", 0)
			}
		}
		return true
	})
	if err != nil {
		return err
	}
	if len(decls) > 0 {
		end := w.offset(w.file.End())
		w.add(end, end, "\n"+strings.Join(decls, "\n")+"\n", 91)
	}
	return nil
}
