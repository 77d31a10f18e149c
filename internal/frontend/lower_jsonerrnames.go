package frontend

import (
	"fmt"
	"go/ast"
	"go/types"
	"reflect"
	"slices"
	"strconv"
	"strings"
)

// Lowering: the struct json names in a decoding error.
//
// yaegi v0.16.1 hands encoding/json a program's struct type as one
// reflection built without a name, so the type error of a field named no
// struct: "cannot unmarshal number into Go struct field .name of type
// string", where Go says "Item.name". (Values that need a decoder of their
// own, see lower_json_decode.go, name it already.) The error of
// json.Unmarshal, or of a Decoder's Decode, into a value whose fields lie in
// the program's named struct types goes through a helper that puts in the
// struct's name, found from the error's field path by a table the front
// end writes from the type:
//
//	json.Unmarshal(data, &it)  ->  __repl.JSONStructNames(json.Unmarshal(data, &it), map[string]string{"name": "Item"})

// jsonStructPathsDepth bounds the field paths written for a type that
// holds itself.
const jsonStructPathsDepth = 6

// nameJSONErrors wraps a call of json.Unmarshal or Decoder.Decode (name)
// as described above.
func (w *rewriter) nameJSONErrors(n *ast.CallExpr, name string, info *types.Info) {
	var target ast.Expr
	switch {
	case name == "Unmarshal" && len(n.Args) == 2:
		target = n.Args[1]
	case name == "Decoder.Decode" && len(n.Args) == 1:
		target = n.Args[0]
	default:
		return
	}
	pt, ok := info.TypeOf(target).(*types.Pointer)
	if !ok {
		return
	}
	paths := map[string]string{}
	jsonStructPaths(pt.Elem(), "", paths, 0)
	if len(paths) == 0 {
		return
	}
	var entries []string
	for _, p := range slices.Sorted(func(yield func(string) bool) {
		for k := range paths {
			if !yield(k) {
				return
			}
		}
	}) {
		entries = append(entries, strconv.Quote(p)+": "+strconv.Quote(paths[p]))
	}
	start, end := w.offset(n.Pos()), w.offset(n.End())
	w.add(start, start, HelperPkg+".JSONStructNames(", -5)
	w.add(end, end, fmt.Sprintf(", map[string]string{%s})", strings.Join(entries, ", ")), 5)
}

// jsonStructPaths adds to out, for each field json decodes in a value of
// type t (its path as json's errors say it, after prefix), the name of the
// program's struct type that declares it.
func jsonStructPaths(t types.Type, prefix string, out map[string]string, depth int) {
	if depth > jsonStructPathsDepth {
		return
	}
	switch u := types.Unalias(t).Underlying().(type) {
	case *types.Pointer:
		jsonStructPaths(u.Elem(), prefix, out, depth)
	case *types.Slice:
		jsonStructPaths(u.Elem(), prefix, out, depth)
	case *types.Array:
		jsonStructPaths(u.Elem(), prefix, out, depth)
	case *types.Map:
		jsonStructPaths(u.Elem(), prefix, out, depth)
	case *types.Struct:
		name := ""
		if n, ok := types.Unalias(t).(*types.Named); ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "main" {
			name = n.Obj().Name()
		}
		for i := range u.NumFields() {
			f := u.Field(i)
			if !f.Exported() || f.Embedded() {
				continue // an embedded struct's values need a decoder of their own
			}
			tag := reflect.StructTag(u.Tag(i)).Get("json")
			if tag == "-" {
				continue
			}
			key, _, _ := strings.Cut(tag, ",")
			if !validJSONTag(key) || key == "" {
				key = f.Name()
			}
			if name != "" {
				out[prefix+key] = name
			}
			jsonStructPaths(f.Type(), prefix+key+".", out, depth+1)
		}
	}
}
