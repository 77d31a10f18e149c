package frontend

import (
	"fmt"
	"go/ast"
	"go/types"
	"maps"
	"slices"
)

// Instances whose type arguments differ only in struct tags.
//
// yaegi v0.16.1 names an instance of a generic type or function by its
// type arguments written without their struct tags, so T[struct{ int }]
// and T[struct{ int "x" }], two types in Go, were one: a map with a key of
// each held one entry (Go's test/typeparam/issue46591.go found length 1,
// where Go has 2). The second such instance is refused, naming both, with
// the way around: make the types differ in more than their tags.

// refuseTagInstances returns the error for the segment's first instance
// described above.
func (w *rewriter) refuseTagInstances() error {
	info := w.info()
	type inst struct {
		id   *ast.Ident
		args []types.Type
	}
	byObj := map[types.Object][]inst{}
	for _, id := range slices.SortedFunc(maps.Keys(info.Instances), func(a, b *ast.Ident) int { return int(a.Pos() - b.Pos()) }) {
		obj := info.Uses[id]
		if obj == nil || obj.Pkg() == nil || obj.Pkg().Path() != "main" {
			continue
		}
		args := slices.Collect(info.Instances[id].TypeArgs.Types())
		for _, prev := range byObj[obj] {
			if len(prev.args) != len(args) {
				continue
			}
			same, tags := true, false
			for i := range args {
				if !types.IdenticalIgnoreTags(args[i], prev.args[i]) {
					same = false
					break
				}
				tags = tags || !types.Identical(args[i], prev.args[i])
			}
			if same && tags {
				q := w.qualifier()
				return &Error{Pos: w.src.Position(w.offset(id.Pos())), Msg: fmt.Sprintf(
					"%s instantiated with %s, which differs from the instance at %s only in struct tags: the interpreter would take the two for one; make the struct types differ in more than their tags",
					obj.Name(), typeList(args, q), w.src.Position(w.offset(prev.id.Pos())))}
			}
		}
		byObj[obj] = append(byObj[obj], inst{id, args})
	}
	return nil
}

// typeList writes types as a type argument list: [A, B].
func typeList(ts []types.Type, q types.Qualifier) string {
	s := "["
	for i, t := range ts {
		if i > 0 {
			s += ", "
		}
		s += types.TypeString(t, q)
	}
	return s + "]"
}
