package frontend

import (
	"fmt"
	"go/types"
	"strings"
)

// Methods of struct types that embed themselves.
//
// yaegi v0.16.1 looks a selector up through embedded fields without
// remembering the types it went through: a method of a struct type that
// embeds a pointer to itself (type Node struct{ *Node; v int }), or of two
// that embed each other (type A struct{ *B }; type B struct{ *A }),
// overflowed the interpreter's stack while it compiled the method or its
// call, which ended the process (a script died with Go's "stack
// overflow"; at the prompt, the session's process restarted without the
// method). Fields alone work. A method whose receiver's type reaches such
// a cycle through its embedded fields is refused, with the way around:
// name the field (next *Node).

// refuseEmbedCycleMethods returns the error for the segment's first method
// described above.
func (w *rewriter) refuseEmbedCycleMethods() error {
	for fd, recv := range w.methodReceivers() {
		t := w.info().TypeOf(recv)
		if cycle, holder, field := embedCycle(t); cycle != nil {
			q := w.qualifier()
			ft := types.TypeString(field.Type(), q)
			return &Error{Pos: w.src.Position(w.offset(recv.Pos())), Msg: fmt.Sprintf(
				"method %s of %s, whose embedded fields reach %s, which embeds itself (%s's embedded %s leads back to it): the interpreter's lookup of fields and methods would never end; name the field (%s %s)",
				fd.Name.Name, types.TypeString(derefType(t), q), cycle.Obj().Name(), holder.Obj().Name(), ft, strings.ToLower(field.Name()[:1])+field.Name()[1:], ft)}
		}
	}
	return nil
}

// embedCycle returns a struct type of the program's that t (or the type
// it points to) reaches through embedded fields and that reaches itself
// so, with the type holding the embedded field that closes the cycle and
// that field; nil where there is none.
func embedCycle(t types.Type) (cycle, holder *types.Named, field *types.Var) {
	onPath, done := map[*types.Named]bool{}, map[*types.Named]bool{}
	var visit func(n *types.Named) bool
	visit = func(n *types.Named) bool {
		if done[n] {
			return false
		}
		onPath[n] = true
		defer func() { onPath[n], done[n] = false, true }()
		st, ok := n.Underlying().(*types.Struct)
		if !ok {
			return false
		}
		for f := range st.Fields() {
			m, ok := types.Unalias(derefType(f.Type())).(*types.Named)
			if !f.Embedded() || !ok || m.Obj().Pkg() == nil || m.Obj().Pkg().Path() != "main" {
				continue
			}
			if onPath[m] {
				cycle, holder, field = m, n, f
				return true
			}
			if visit(m) {
				return true
			}
		}
		return false
	}
	if start, ok := types.Unalias(derefType(t)).(*types.Named); ok {
		visit(start)
	}
	return cycle, holder, field
}
