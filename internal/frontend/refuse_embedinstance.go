package frontend

import (
	"fmt"
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
)

// Refused: a struct type embedding an instance of a generic type of
// several type parameters (struct{ Pair[string, int]; Note string }).
//
// yaegi v0.16.1 names an embedded field by its type's name, and finds
// none in an instance written with several type arguments: the field is
// named X. fmt's %+v printed {X:{K:a V:1} Note:n} where Go prints
// {Pair:{K:a V:1} Note:n}, and r.Pair, a literal's Pair: key and json
// failed in the interpreter's words. The field is refused, with the way
// around: name the field (Pair Pair[string, int]). Where the shell
// writes the instance out as a type of its own (lower_typecopy.go), the
// field is named after it, and renamed back: that runs. So does a script
// that only reaches the field's fields and methods through the struct
// (s.Put(1, "one") of a Svc embedding Cache[int, string]): it names no
// field Pair, and shows no value of the struct (fmt, json), nor one of an
// interface while it puts one in an interface, where the value's String
// or Error method would not be what fmt shows. (At the prompt a later
// input may.)

// refuseEmbeddedInstances refuses the first field described above.
func (w *rewriter) refuseEmbeddedInstances(in *inspector.Inspector) error {
	info := w.info()
	if info == nil {
		return nil
	}
	// named reports whether the program names v, or puts a value of the
	// struct type t (a pointer to one, a value holding one) in an
	// interface, or shows one (the twin check's walk, lower_twinheld.go).
	named := func(v *types.Var, t types.Type) bool {
		if w.mode != ModeScript || w.plan.Checked == nil || w.plan.Checked.twins == nil {
			return true
		}
		f := w.plan.Checked.twins
		for _, obj := range info.Uses {
			if obj == v {
				return true
			}
		}
		// Held in an interface, it is seen where the program shows an
		// interface's value, unless fmt calls a method of its own.
		held := f.showsIface && !hasMethod(t, "String") && !hasMethod(t, "Error")
		for _, u := range []types.Type{t, types.NewPointer(t)} {
			if k := heldKey(u); held && (f.held[k] != nil || f.contained[k] != nil) || f.shown[k] {
				return true
			}
		}
		return false
	}
	var err error
	in.WithStack([]ast.Node{(*ast.StructType)(nil)}, func(n ast.Node, push bool, stack []ast.Node) bool {
		st, ok := info.TypeOf(n.(*ast.StructType)).(*types.Struct)
		if err != nil || !ok || !push {
			return err == nil
		}
		var owner types.Type = st
		if len(stack) >= 2 {
			if ts, ok := stack[len(stack)-2].(*ast.TypeSpec); ok && info.Defs[ts.Name] != nil {
				owner = info.Defs[ts.Name].Type()
			}
		}
		i := 0
		for _, field := range n.(*ast.StructType).Fields.List {
			if len(field.Names) > 0 {
				i += len(field.Names)
				continue
			}
			v := st.Field(i)
			i++
			x := field.Type
			if s, ok := x.(*ast.StarExpr); ok {
				x = s.X
			}
			if _, several := x.(*ast.IndexListExpr); !several || w.embeddedCopyName(v) != "" || !named(v, owner) {
				continue
			}
			err = &Error{Pos: w.src.Position(w.offset(field.Type.Pos())), Msg: fmt.Sprintf(
				"an embedded field of type %s, an instance of a generic type of several type parameters: the interpreter names the field X (%%+v would print X:, and .%s, a literal's %s: key and json fail); name the field (%s %s) and reach its fields and methods through it",
				w.text(field.Type), v.Name(), v.Name(), v.Name(), w.text(field.Type))}
			return false
		}
		return true
	})
	return err
}
