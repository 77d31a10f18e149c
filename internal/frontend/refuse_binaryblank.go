package frontend

import (
	"fmt"
	"go/ast"
	"go/types"
)

// Refusal: encoding/binary decoding into a struct with a blank field.
//
// yaegi v0.16.1 keeps a blank (_) field of a struct as a field of its own
// (X_ in the reflect type it builds, see lower_blankfields.go), which
// encoding/binary fills, where Go's skips a blank field (the padding of a
// binary record), and which == then compares: binary.Read of the record
// {7, 9, 9, 9, 0, 0, 0, 5} into struct{ A uint8; _ [3]byte; B uint32 }
// wrote the padding back out with binary.Write and was not == to
// Rec{A: 7, B: 5}. binary.Read and binary.Decode into a value that holds
// such a struct are refused, with the way around (name the field).

// refuseBinaryBlankFields returns the refusal described above, for the
// first such call.
func (w *rewriter) refuseBinaryBlankFields() error {
	info := w.info()
	if info == nil {
		return nil
	}
	var err error
	ast.Inspect(w.file, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || err != nil {
			return err == nil
		}
		name := calleeName(info, call)
		if name != "encoding/binary.Read" && name != "encoding/binary.Decode" || len(call.Args) != 3 {
			return true
		}
		data := call.Args[2]
		if st := structWithBlank(info.TypeOf(data)); st != nil {
			err = &Error{Pos: w.src.Position(w.offset(call.Pos())), Msg: fmt.Sprintf(
				"%s into a value holding %s, which has a blank field (_): the interpreter keeps it as a field that binary fills and == compares, where Go skips it (name the padding field, pad [N]byte)",
				name[len("encoding/"):], reflectString(st))}
		}
		return true
	})
	return err
}

// structWithBlank returns a struct type with a blank field that a value
// of type t holds (through pointers, slices, arrays and fields), or nil.
func structWithBlank(t types.Type) types.Type {
	return structReached(t, false, func(f *types.Var) bool { return f.Name() == "_" })
}
