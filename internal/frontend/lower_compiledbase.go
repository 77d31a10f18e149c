package frontend

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
)

// Lowering: a type declared with a compiled named type.
//
// In Go a defined type has none of the methods of the type it is defined
// with: type Timeout time.Duration has no String method, so fmt prints a
// Timeout as a number. yaegi v0.16.1 gives such a type the compiled type's
// representation, methods and all: fmt.Println(Timeout(2*time.Second))
// printed 2s (Go: 2000000000), Timeout(0) passed an assertion to
// fmt.Stringer, json marshalled a type Lvl slog.Level as "WARN", and a
// composite literal of type Vals url.Values failed ("missing key in map
// literal"). The declaration is written with the compiled type's
// underlying type, which gives the type the same values, conversions and
// (no) methods, as Go defines it:
//
//	type Timeout time.Duration  ->  type Timeout int64
//	type Vals url.Values         ->  type Vals map[string][]string
//
// Left as they are: a type defined with a compiled struct type (type Buf
// bytes.Buffer, type Stamp time.Time: its fields cannot be written outside
// its package, and fmt still finds its methods: README's Known gaps), with
// a compiled interface (its methods are the same either way), and one
// whose underlying type cannot be written where it is declared.

// lowerCompiledBases rewrites the declarations described above.
func (w *rewriter) lowerCompiledBases(in *inspector.Inspector) {
	info := w.info()
	if info == nil {
		return
	}
	in.Preorder([]ast.Node{(*ast.TypeSpec)(nil)}, func(n ast.Node) {
		ts := n.(*ast.TypeSpec)
		if ts.Assign.IsValid() {
			return // an alias
		}
		named, ok := types.Unalias(info.TypeOf(ts.Type)).(*types.Named)
		if !ok || named.Obj().Pkg() == nil || named.Obj().Pkg().Path() == "main" {
			return
		}
		if types.NewMethodSet(types.NewPointer(named)).Len() == 0 {
			return // nothing to lose
		}
		switch named.Underlying().(type) {
		case *types.Struct, *types.Interface:
			return
		}
		if src, ok := w.typeSource(named.Underlying(), ts.Pos()); ok {
			w.vacate(ts.Type, src)
		}
	})
}
