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
//
// yaegi does the same with a type of the program's that has methods and
// is not a struct (type N2 Names, Names a []string with a String method:
// fmt printed N2{"a"} through it, and a type Count2 Counter of a map
// type with methods ended the program before main ran), and with an
// instance of a generic type of the program's that has methods, a struct
// too (type Crate Box[int]: fmt.Println(Crate{3}) printed "box of 3"
// through Box's String, where Go prints {3}, and c.String() ran); a
// struct type that is not generic it gets right. Such a declaration is
// written with the underlying type too:
//
//	type N2 Names            ->  type N2 []string
//	type Crate Box[int]      ->  type Crate struct{V int}
//	type Gen[T any] Box[T]   ->  type Gen[T any] struct{V T}
//
// A type defined by one of the program's that is not a struct is written
// so even without methods: yaegi could not elide the elements' type in
// its literals (type N3 N2 of a type N2 []Item: N3{{"z"}} failed,
// "cannot convert untyped string to main.Item").

// lowerCompiledBases rewrites the declarations described above.
func (w *rewriter) lowerCompiledBases(in *inspector.Inspector) {
	in.Preorder([]ast.Node{(*ast.TypeSpec)(nil)}, func(n ast.Node) {
		ts := n.(*ast.TypeSpec)
		if src, ok := w.compiledBase(ts); ok {
			w.vacate(ts.Type, src)
		}
	})
}

// compiledBase returns the underlying type ts is written with, if the pass
// rewrites it.
func (w *rewriter) compiledBase(ts *ast.TypeSpec) (string, bool) {
	info := w.info()
	if info == nil || ts.Assign.IsValid() {
		return "", false // an alias
	}
	named, ok := types.Unalias(info.TypeOf(ts.Type)).(*types.Named)
	if !ok || named.Obj().Pkg() == nil {
		return "", false
	}
	own := named.Obj().Pkg().Path() == "main"
	instance := own && named.TypeArgs().Len() > 0
	if own && !instance && isStructType(named) {
		return "", false // the interpreter leaves its methods out
	}
	plain := own && !instance // a non-struct type of the program's
	if plain {
		instance = true // its methods are the program's: the same as an instance's
	}
	if !plain && (instance && named.Origin().NumMethods() == 0 || !instance && types.NewMethodSet(types.NewPointer(named)).Len() == 0) {
		return "", false // nothing to lose
	}
	switch named.Underlying().(type) {
	case *types.Interface:
		return "", false
	case *types.Struct:
		if !instance {
			return "", false
		}
	}
	return w.typeSource(named.Underlying(), ts.Type.Pos())
}
