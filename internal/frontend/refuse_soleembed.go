package frontend

import (
	"fmt"
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ast/inspector"
)

// Refused: a struct type whose only field embeds a compiled type with
// unexported methods.
//
// yaegi v0.16.1 builds a struct type of the program's with
// reflect.StructOf and marks an embedded field as embedded only where it
// is the struct's only field; StructOf then promotes the field's methods,
// and panics where one is unexported (golang/go#15924): type App
// struct{ *log.Logger } (whose *log.Logger has output), struct{
// *bytes.Buffer }, struct{ reflect.Type } failed to compile in the
// interpreter's words ("CFG post-order panic: reflect: embedded interface
// with unexported method(s) not implemented"), at the start of the file.
// Such a struct type is refused at the field, with the ways around: give
// the struct another field (the interpreter then builds it without
// marking the field embedded, and the front end gives it the methods,
// lower_forwardmethods.go), or name the field.

// refuseSoleEmbeds refuses the struct types the doc above describes.
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
		var hidden []string
		ms := types.NewMethodSet(t)
		for i := range ms.Len() {
			if m := ms.At(i).Obj(); !m.Exported() && m.Pkg() != nil && m.Pkg().Path() != "main" {
				hidden = append(hidden, m.Name())
			}
		}
		if len(hidden) == 0 {
			return
		}
		text := types.TypeString(t, func(p *types.Package) string { return p.Name() })
		name := text[strings.LastIndexAny(text, ".*")+1:]
		err = &Error{Pos: w.src.Position(w.offset(field.Type.Pos())), Msg: fmt.Sprintf(
			"a struct type whose only field is the embedded %s, which has unexported methods (%s): the interpreter cannot build it (reflection's StructOf refuses it); "+
				"give the struct another field, or name the field (%s %s) and call its methods through it", text, strings.Join(hidden, ", "), name, text)}
	})
	return err
}
