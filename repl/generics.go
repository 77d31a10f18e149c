package repl

import (
	"go/ast"
	"reflect"
	"strings"
	"unsafe"

	"github.com/traefik/yaegi/interp"
)

// forgetInstances makes the interpreter forget the instances it made of
// the generic functions f declares (again, at the prompt): yaegi v0.16.1
// keeps each instance by its name (G[int]) for the life of the
// interpreter, so that after G was declared again a call of G(1) ran the
// old body where G("s"), a new instance, ran the new one. A call compiled
// since makes its instance of the declaration in scope.
func forgetInstances(in *interp.Interpreter, f *ast.File) {
	var prefixes []string
	for _, d := range f.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv == nil && fd.Type.TypeParams != nil {
			prefixes = append(prefixes, fd.Name.Name+"[")
		}
	}
	if len(prefixes) == 0 {
		return
	}
	m := instanceCache(in)
	if !m.IsValid() {
		return
	}
	for _, k := range m.MapKeys() {
		for _, p := range prefixes {
			if strings.HasPrefix(k.String(), p) {
				m.SetMapIndex(k, reflect.Value{})
			}
		}
	}
}

// instanceCache returns the interpreter's map of the instances of generic
// declarations (its unexported field generic), or an invalid Value where
// the interpreter has none of that shape.
func instanceCache(in *interp.Interpreter) reflect.Value {
	f := reflect.ValueOf(in).Elem().FieldByName("generic")
	if !f.IsValid() || f.Kind() != reflect.Map || f.Type().Key().Kind() != reflect.String {
		return reflect.Value{}
	}
	return reflect.NewAt(f.Type(), unsafe.Pointer(f.UnsafeAddr())).Elem()
}
