package frontend

import (
	"fmt"
	"go/ast"
	"go/types"
	"reflect"
	"strings"

	"golang.org/x/tools/go/ast/inspector"
)

// Refused: a struct type whose only field embeds a compiled type with
// unexported methods.
//
// yaegi v0.16.1 builds a struct type of the program's with
// reflect.StructOf and marks an embedded field as embedded only where it
// is the struct's only field; StructOf then promotes the field's methods,
// and panics where the binary's method table of the type holds an
// unexported one (golang/go#15924; the linker keeps them for some types
// only): type App struct{ *log.Logger } (whose output is kept) failed to
// compile in the interpreter's words ("CFG post-order panic: reflect: embedded interface
// with unexported method(s) not implemented"), at the start of the file.
// Such a struct type is refused at the field, with the ways around: give
// the struct another field (the interpreter then builds it without
// marking the field embedded, and the front end gives it the methods,
// lower_forwardmethods.go), or name the field.

// Refused too: a struct type whose only field embeds a struct type of the
// program's that the interpreter gave compiled methods the same way (its
// only field embeds a compiled type with methods, or such a type of the
// program's in turn). StructOf promotes that type's methods, made at run
// time, and the runtime ended the process ("fatal error: runtime: type
// offset base pointer out of range") for type D struct{ time.Duration }
// embedded as struct{ D } or type W struct{ *D }, and for *time.Location
// and time.Time alike. The ways around are the same.

// embedFails reports whether reflect.StructOf refuses a struct of one
// embedded field of the compiled type t (a named type of a compiled
// package, or a pointer to one), as the interpreter builds it: whether the
// method table the binary has for it holds unexported methods, which the
// linker keeps for some types only (*log.Logger's output, not
// *bytes.Buffer's grow).
func (w *rewriter) embedFails(t types.Type) (fails bool) {
	ptr := false
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t, ptr = p.Elem(), true
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || n.Obj().Pkg().Path() == "main" || w.fe.funcType == nil {
		return false
	}
	rt, ok := w.fe.funcType(n.Obj().Pkg().Path(), n.Obj().Name())
	if !ok || rt.Kind() != reflect.Pointer {
		return false // the symbol tables hold a type as a nil pointer to it
	}
	rt = rt.Elem()
	if ptr {
		rt = reflect.PointerTo(rt)
	}
	defer func() {
		if recover() != nil {
			fails = true
		}
	}()
	reflect.StructOf([]reflect.StructField{{Name: rt.Name() + "X", Type: rt, Anonymous: true}})
	return false
}

// refuseSoleEmbeds refuses the struct types the docs above describe.
func (w *rewriter) refuseSoleEmbeds(in *inspector.Inspector) error {
	info := w.info()
	if info == nil {
		return nil
	}
	var err error
	in.Preorder([]ast.Node{(*ast.StructType)(nil)}, func(n ast.Node) {
		st := n.(*ast.StructType)
		if err != nil || st.Fields == nil || len(st.Fields.List) != 1 || len(st.Fields.List[0].Names) != 0 {
			return
		}
		field := st.Fields.List[0]
		t := info.TypeOf(field.Type)
		if t == nil {
			return
		}
		if compiled, ok := promotesCompiled(t, 0); ok {
			q := func(p *types.Package) string {
				if p.Path() == "main" {
					return ""
				}
				return p.Name()
			}
			text := types.TypeString(t, q)
			name := text[strings.LastIndexAny(text, ".*")+1:]
			err = &Error{Pos: w.src.Position(w.offset(field.Type.Pos())), Msg: fmt.Sprintf(
				"a struct type whose only field is the embedded %s, whose only field embeds %s (a compiled type with methods): the interpreter cannot build it (the process would end in reflection's StructOf); "+
					"give the struct another field, or name the field (%s %s) and call its methods through it", text, types.TypeString(compiled, q), name, text)}
			return
		}
		if !w.embedFails(t) {
			return
		}
		text := types.TypeString(t, func(p *types.Package) string { return p.Name() })
		name := text[strings.LastIndexAny(text, ".*")+1:]
		err = &Error{Pos: w.src.Position(w.offset(field.Type.Pos())), Msg: fmt.Sprintf(
			"a struct type whose only field is the embedded %s, whose compiled methods include unexported ones: the interpreter cannot build it (reflection's StructOf refuses it); "+
				"give the struct another field, or name the field (%s %s) and call its methods through it", text, name, text)}
	})
	return err
}

// promotesCompiled reports whether t, a struct type of the program's or a
// pointer to one, has a sole embedded field of a compiled type with
// methods (directly, or through such a type of the program's), and returns
// that compiled type.
func promotesCompiled(t types.Type, depth int) (types.Type, bool) {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || depth > 8 {
		return nil, false
	}
	if n.Obj().Pkg() == nil || n.Obj().Pkg().Path() != "main" {
		return nil, false
	}
	s, ok := n.Underlying().(*types.Struct)
	if !ok || s.NumFields() != 1 || !s.Field(0).Embedded() {
		return nil, false
	}
	ft := s.Field(0).Type()
	base := ft
	if p, ok := types.Unalias(base).(*types.Pointer); ok {
		base = p.Elem()
	}
	fn, ok := types.Unalias(base).(*types.Named)
	if !ok || fn.Obj().Pkg() == nil {
		return nil, false
	}
	if fn.Obj().Pkg().Path() == "main" {
		return promotesCompiled(ft, depth+1)
	}
	if _, iface := fn.Underlying().(*types.Interface); iface || types.NewMethodSet(ft).Len() == 0 {
		return nil, false
	}
	return ft, true
}
