package frontend

import (
	"fmt"
	"go/ast"
	"go/types"
	"strings"
)

// Lowering: a method value promoted through embedded pointers, with Go's
// run-time error when one is nil.
//
// Go evaluates x.M, a method promoted through embedded fields, by
// following the fields to the receiver: where one of them is a nil
// pointer (or a nil interface) on the way, taking the method value
// panics. yaegi v0.16.1 did not follow them until the method was called,
// and the closure a method value becomes (lowerMethodValue, lower_fmt.go)
// followed them only when called too, so the method value was taken
// without a panic (var t T1; f = t.M, with T1 embedding T2 embedding a nil
// *T3 that has M); and the closure bound the value a pointer on the way
// points to when it was called, not when it was made. The closure checks
// each pointer on the way, and takes the receiver, when it is made:
//
//	f = t1.M  ->  f = func() func() { __r := t1; if __r.T2.T3 == nil { panic(__repl.NilDeref("f.go:9:6")) }; __b := *__r.T2.T3; return func() { __b.M() } }()

// methodValuePathChecks returns the statements that check, for the method
// value sel whose receiver the closure holds as __r, the pointers and
// interfaces of the embedded fields on the way to the method's receiver,
// and then take that receiver as __b, as Go binds it (a copy of the value
// a pointer on the way points to, for a method with a value receiver).
// It returns "" for a method of __r's own type.
func (w *rewriter) methodValuePathChecks(sel *ast.SelectorExpr) string {
	info := w.info()
	s := info.Selections[sel]
	if s == nil || s.Kind() != types.MethodVal || len(s.Index()) < 2 || isTypeParam(s.Recv()) {
		return ""
	}
	fn, _ := s.Obj().(*types.Func)
	if fn == nil {
		return ""
	}
	pos := w.src.Position(w.offset(sel.Sel.Pos()))
	var checks []string
	path := "__r"
	cur := s.Recv()
	check := func() {
		switch cur.Underlying().(type) {
		case *types.Pointer, *types.Interface:
			checks = append(checks, fmt.Sprintf("if %s == nil { panic(%s.NilDeref(%q)) }; ", path, HelperPkg, pos))
		}
	}
	written := pathWritten(s) // __r is the last field already
	for _, i := range s.Index()[:len(s.Index())-1] {
		if !written {
			check()
		}
		t := cur
		if p, isPtr := t.Underlying().(*types.Pointer); isPtr {
			t = p.Elem()
		}
		st, isStruct := t.Underlying().(*types.Struct)
		if !isStruct || i >= st.NumFields() {
			return ""
		}
		f := st.Field(i)
		if !written {
			path += "." + w.interpFieldName(f)
		}
		cur = f.Type()
	}
	// The last field: a pointer followed to a method with a value
	// receiver, or an interface whose method it is.
	_, ptrRecv := fn.Signature().Recv().Type().Underlying().(*types.Pointer)
	_, isIface := cur.Underlying().(*types.Interface)
	_, isPtr := cur.Underlying().(*types.Pointer)
	if isIface || !ptrRecv {
		check()
	}
	bind := path
	_, addr, _ := writtenPath(s)
	switch {
	case isIface, written && addr: // (&x.Mutex), as lower_promoted.go writes it
	case isPtr && !ptrRecv:
		bind = "*" + path
	case !isPtr && ptrRecv:
		bind = "&" + path
	}
	return strings.Join(checks, "") + "__b := " + bind + "; "
}

// interpFieldName returns the name the interpreter gives the field f: an
// embedded instance written out, its copy's name; for an embedded instance of a generic type of several type parameters not
// written out, the alias a script names the instance by
// (lower_geninstance.go), else X (see refuse_embedinstance.go, which lets
// such a field through where the program does not name it).
func (w *rewriter) interpFieldName(f *types.Var) string {
	if !f.Embedded() {
		return f.Name()
	}
	if c := w.embeddedCopyName(f); c != "" {
		return c // the instance written out names it (lower_typecopy.go)
	}
	t := f.Type()
	p, ptr := t.(*types.Pointer)
	if ptr {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.TypeArgs().Len() < 2 {
		return f.Name()
	}
	// (A pointer's element is written as the alias, *__Pair1, which
	// names the field; an embedded value is left as written.)
	if src, ok := w.typeSource(n, f.Pos()); ok && ptr && w.mode == ModeScript {
		if a := w.typeArgAlias(n, src); a != src {
			return a
		}
	}
	return "X"
}

// pathWritten reports whether lower_promoted.go or lower_embediface.go
// wrote out the path of embedded fields of the method value s after its
// receiver's expression.
func pathWritten(s *types.Selection) bool {
	t := s.Recv()
	for _, idx := range s.Index()[:len(s.Index())-1] {
		if p, ok := t.Underlying().(*types.Pointer); ok {
			t = p.Elem()
		}
		st, ok := t.Underlying().(*types.Struct)
		if !ok || idx >= st.NumFields() {
			return false
		}
		t = st.Field(idx).Type()
		if types.IsInterface(t) {
			return true // lower_embediface.go
		}
	}
	_, _, written := writtenPath(s) // lower_promoted.go
	return written
}
