package frontend

import (
	"go/ast"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ast/inspector"
)

// Methods promoted through embedded fields, where a shallower one hides a
// deeper one.
//
// Go picks a promoted method at the shallowest depth: with B embedding A
// and embedded, and A embedding embedded too, b.val() is B.embedded.val.
// yaegi v0.16.1 searches the embedded fields depth first, in their order,
// and took A.embedded.val. Where that search finds the method on another
// path than Go's, the pass writes Go's path out:
//
//	b.val()  ->  b.embedded.val()
//
// A method of a compiled type promoted through the program's struct (a
// struct embedding *log.Logger with another field) is called through its
// field always: yaegi called another method of the type (al.SetPrefix("x")
// printed "x", al.Printf("%d", 1) printed "%d 1" and panicked).
//
// The path is written only through the program's struct types. (A value
// converted to an interface keeps the interpreter's choice of method:
// issue24547.go of Go's tests.)

// A pointer method promoted through a value field is called on the
// field's address, (&c.Mutex).Unlock(), so that a receiver taken at a
// defer or go statement (see receiverOf) is the field itself, not a copy
// (defer c.Unlock() unlocked a copy of c's Mutex, and the program
// deadlocked).

// lowerPromotedMethods rewrites the selectors described above.
func (w *rewriter) lowerPromotedMethods(in *inspector.Inspector) {
	w.eachPromotedMethod(in, func(sel *ast.SelectorExpr, s *types.Selection) {
		fields, addr, ok := writtenPath(s)
		if !ok {
			return
		}
		text := ""
		for _, f := range fields {
			text += "." + w.interpFieldName(f)
		}
		start, end := w.offset(sel.X.Pos()), w.offset(sel.X.End())
		if addr {
			w.add(start, start, "(&", -50)
			text += ")"
		}
		w.add(end, end, text, 50)
	})
}

// writtenPath returns the embedded fields on the path to the promoted
// method s selects, if lowerPromotedMethods writes the path out,
// and whether it takes the last field's address (a pointer method of a
// value field).
func writtenPath(s *types.Selection) (fields []*types.Var, addr, ok bool) {
	if len(s.Index()) < 2 {
		return nil, false, false
	}
	goPath := s.Index()[:len(s.Index())-1]
	fields, ok = embeddedFields(s.Recv(), goPath)
	if !ok {
		return nil, false, false
	}
	if found, ok := depthFirstMethod(s.Recv(), s.Obj().Name(), map[types.Type]bool{}); ok && slices.Equal(found, goPath) && !compiledConcreteMethod(s.Obj()) {
		return nil, false, false
	}
	_, ptrRecv := s.Obj().(*types.Func).Signature().Recv().Type().(*types.Pointer)
	_, ptrField := fields[len(fields)-1].Type().Underlying().(*types.Pointer)
	return fields, ptrRecv && !ptrField, true
}

// compiledConcreteMethod reports whether m is a method of a compiled
// package's type, not an interface's (promoted from an embedded
// *log.Logger, *bytes.Buffer, ...; lower_embediface.go writes the path to
// an interface's).
func compiledConcreteMethod(m types.Object) bool {
	f, ok := m.(*types.Func)
	if !ok || f.Pkg() == nil || f.Pkg().Path() == "main" {
		return false
	}
	recv := f.Signature().Recv()
	return recv != nil && !types.IsInterface(recv.Type())
}

// eachPromotedMethod calls f with each selector of a method promoted
// through embedded fields, and its selection.
func (w *rewriter) eachPromotedMethod(in *inspector.Inspector, f func(sel *ast.SelectorExpr, s *types.Selection)) {
	info := w.info()
	in.Preorder([]ast.Node{(*ast.SelectorExpr)(nil)}, func(n ast.Node) {
		sel := n.(*ast.SelectorExpr)
		if s := info.Selections[sel]; s != nil && s.Kind() == types.MethodVal && len(s.Index()) >= 2 {
			f(sel, s)
		}
	})
}

// embeddedFields returns the embedded fields the indices of path select
// from t, and whether each is a field of a struct type of the program's
// (or an unnamed one).
func embeddedFields(t types.Type, path []int) ([]*types.Var, bool) {
	var fields []*types.Var
	program := true
	ok := embeddedPath(t, path, func(in types.Type, f *types.Var) bool {
		if n, ok := types.Unalias(in).(*types.Named); ok && (n.Obj().Pkg() == nil || n.Obj().Pkg().Path() != "main") {
			program = false
			return false
		}
		fields = append(fields, f)
		return true
	})
	return fields, ok && program
}

// embeddedPath calls f with each embedded field the indices of path (a
// promoted selection's, without its last) select from t, going through
// pointers, and the type it is a field of, until f returns false. It
// reports whether path selects a field of a struct at each step it took.
func embeddedPath(t types.Type, path []int, f func(in types.Type, field *types.Var) bool) bool {
	for _, i := range path {
		if p, ok := t.Underlying().(*types.Pointer); ok {
			t = p.Elem()
		}
		st, ok := t.Underlying().(*types.Struct)
		if !ok || i >= st.NumFields() {
			return false
		}
		if !f(t, st.Field(i)) {
			return true
		}
		t = st.Field(i).Type()
	}
	return true
}

// depthFirstMethod returns the path of embedded fields on which the
// interpreter's search, depth first in the fields' order, finds the method
// name of t, and whether it finds one.
func depthFirstMethod(t types.Type, name string, seen map[types.Type]bool) ([]int, bool) {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	if seen[t] {
		return nil, false
	}
	seen[t] = true
	if n, ok := types.Unalias(t).(*types.Named); ok {
		for m := range n.Methods() {
			if m.Name() == name {
				return nil, true
			}
		}
	}
	if it, ok := t.Underlying().(*types.Interface); ok {
		for m := range it.Methods() {
			if m.Name() == name {
				return nil, true
			}
		}
		return nil, false
	}
	st, ok := t.Underlying().(*types.Struct)
	if !ok {
		return nil, false
	}
	for i := range st.NumFields() {
		if f := st.Field(i); f.Embedded() {
			if rest, ok := depthFirstMethod(f.Type(), name, seen); ok {
				return append([]int{i}, rest...), true
			}
		}
	}
	return nil, false
}
