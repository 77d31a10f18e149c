package frontend

import (
	"fmt"
	"go/ast"
	"strconv"
)

// Dot imports.
//
// yaegi v0.16.1 accepts import . "strings" and then reports every use of
// the package's names undefined (ToUpper("x"): "undefined: ToUpper"); and
// the lowerings recognize the calls they rewrite (fmt.Println,
// errors.As, slices.Sort, ...) by their package's name, which a dot
// import leaves out, so qualifying the uses would not be enough to run
// such code as Go does. A dot import is refused at the import, with the
// way around: import the package by its name and qualify the uses.

// refuseDotImports returns the error for the segment's first dot import.
func (w *rewriter) refuseDotImports() error {
	for _, is := range w.file.Imports {
		if is.Name == nil || is.Name.Name != "." {
			continue
		}
		path, _ := strconv.Unquote(is.Path.Value)
		name := ImportName(path)
		how := "with " + name + "."
		if used := w.dotImportedUse(path); used != "" {
			how = "(" + name + "." + used + ")"
		}
		return &Error{
			Pos: w.src.Position(w.offset(is.Pos())),
			Msg: fmt.Sprintf("dot import of %q is not supported: import %q and qualify its names %s", path, path, how),
		}
	}
	return nil
}

// dotImportedUse returns the first name used unqualified in the segment
// that the package of path exports, or "".
func (w *rewriter) dotImportedUse(path string) string {
	for _, id := range w.file.Unresolved {
		if !ast.IsExported(id.Name) || w.fe.funcType == nil {
			continue
		}
		if _, ok := w.fe.funcType(path, id.Name); ok {
			return id.Name
		}
	}
	return ""
}
