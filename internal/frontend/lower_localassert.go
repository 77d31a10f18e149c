package frontend

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"
)

// At the prompt, a struct type declared inside a function of an earlier
// input, with methods by embedding, asserted out of an any in a later
// input to a compiled interface it implements:
//
//	func open(s string) any {
//		type counting struct{ *strings.Reader }
//		return &counting{strings.NewReader(s)}
//	}
//
// and, in a later input,
//
//	r, ok := open("hi").(io.Reader)
//
// yaegi v0.16.1's assertion misses the methods the type has by embedding
// (ok was false), and the later input cannot name the type to assert to
// it first, as the input that declares it does (lower_iface.go). The
// input that declares such a type records it for the session, with the
// name its tag gives it (lower_structtag.go); a later input's assertion
// to a compiled interface the type (or a pointer to it) implements is
// lowered as lower_iface.go lowers it, and where the interpreter's own
// assertion said no, a value the tag says is of the type panics, naming
// the assertion's position and the way around, instead of answering
// false:
//
//	if hostrt.TaggedAs(__x, "counting@1c0ffee5", true) { panic(hostrt.RefusedAt(...)) }
//
// Where the interpreter's assertion says yes (a value of such a type whose
// embedded field is a compiled pointer), the answer is the value.

// recordLocalEmbedder records ts for the session (see the doc above)
// when it declares, inside a function, a struct type with methods by
// embedding.
func (w *rewriter) recordLocalEmbedder(ts *ast.TypeSpec) {
	info := w.info()
	if w.mode == ModeScript || info == nil || w.plan.Checked == nil {
		return
	}
	tn, ok := info.Defs[ts.Name].(*types.TypeName)
	if !ok || tn.Pkg() == nil || tn.Parent() == nil || tn.Parent() == tn.Pkg().Scope() {
		return
	}
	n, ok := tn.Type().(*types.Named)
	if !ok || n.TypeParams().Len() > 0 || !structTagged(n) || hasTypeParam(n.Underlying()) {
		return
	}
	if _, lit := ts.Type.(*ast.StructType); !lit || types.NewMethodSet(types.NewPointer(n)).Len() == 0 {
		return
	}
	if w.plan.Checked.embedders == nil {
		w.plan.Checked.embedders = map[string]*types.TypeName{}
	}
	w.plan.Checked.embedders[w.structTagName(info, ts)] = tn
}

// earlierEmbedder is a type of an earlier input (see the doc above), or
// a pointer to one, that implements an interface.
type earlierEmbedder struct {
	tag string
	ptr bool
	t   types.Type
}

// earlierEmbedders returns the types of earlier inputs (see the doc
// above), and pointers to them, that implement t, a compiled interface
// with methods.
func (w *rewriter) earlierEmbedders(t types.Type) []earlierEmbedder {
	if w.mode == ModeScript || w.fe == nil || w.fe.Types == nil || !compiledIfaceWithMethods(t) || isTypeParam(t) {
		return nil
	}
	iface := t.Underlying().(*types.Interface)
	var out []earlierEmbedder
	for tag, tn := range w.fe.Types.embedders {
		for _, ptr := range []bool{false, true} {
			ct := tn.Type()
			if ptr {
				ct = types.NewPointer(ct)
			}
			if types.Implements(ct, iface) {
				out = append(out, earlierEmbedder{tag, ptr, ct})
			}
		}
	}
	slices.SortFunc(out, func(a, b earlierEmbedder) int {
		if c := strings.Compare(a.tag, b.tag); c != 0 {
			return c
		}
		if a.ptr == b.ptr {
			return 0
		}
		if a.ptr {
			return 1
		}
		return -1
	})
	return out
}

// earlierEmbedderChecks returns the statements that panic for a value
// (__x) of one of es that the interpreter's assertion to t at pos missed.
func (w *rewriter) earlierEmbedderChecks(es []earlierEmbedder, t types.Type, pos token.Pos) string {
	var b strings.Builder
	for _, e := range es {
		fmt.Fprintf(&b, "if %s.TaggedAs(__x, %q, %t) { panic(%s.RefusedAt(%q, %q)) }; ", HelperPkg, e.tag, e.ptr, HelperPkg, fmt.Sprintf(
			"repl: a %s, declared in a function of an earlier input, asserted to %s: the interpreter's assertion misses the methods it has by embedding, and this input cannot name the type; assert it in the function that declares the type, or declare the type at package level", typedNilName(e.t), TypeText(t)), w.src.Position(w.offset(pos)))
	}
	return b.String()
}
