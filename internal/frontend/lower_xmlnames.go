package frontend

import (
	"go/ast"
	"go/types"
	"strconv"

	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"
)

// Element names of encoding/xml.
//
// encoding/xml names the element of a value it marshals at the top by its
// XMLName field or else by its type's name, which the interpreter's struct
// types have none of: xml.Marshal(Link{"x"}) failed ("xml: unsupported
// type: struct { Href string ... }") where Go writes <Link href="x"></Link>,
// and so did a slice of them, each element named so. The calls go
// through helpers that give such an element its type's name (hostrt's
// xmlEncode):
//
//	xml.Marshal(v)                ->  __repl.XMLMarshal("", v)
//	xml.MarshalIndent(v, p, i)    ->  __repl.XMLMarshalIndent("", v, p, i)
//	enc.Encode(v)                 ->  __repl.XMLEncode("", enc, v)
//
// The first argument names v's type where it is a struct type of the
// program's without fields (type Empty struct{}), which the helpers cannot
// tell by its value.
//
// (What else encoding/xml would see wrongly is refused: refuse_encodings.go.)

// xmlHelpers are the calls rewritten, and their helpers.
var xmlHelpers = map[string]string{
	"encoding/xml.Marshal":        "XMLMarshal",
	"encoding/xml.MarshalIndent":  "XMLMarshalIndent",
	"encoding/xml.Encoder.Encode": "XMLEncode",
}

// lowerXMLNames rewrites the calls described above.
func (w *rewriter) lowerXMLNames(in *inspector.Inspector) {
	info := w.info()
	if info == nil || w.pkgNames()["encoding/xml"] == "" {
		return
	}
	in.Preorder([]ast.Node{(*ast.CallExpr)(nil)}, func(n ast.Node) {
		call := n.(*ast.CallExpr)
		fn, ok := typeutil.Callee(info, call).(*types.Func)
		if !ok || fn.Pkg() == nil || call.Ellipsis.IsValid() {
			return
		}
		helper, ok := xmlHelpers[funcName(fn)]
		if !ok {
			return
		}
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			return
		}
		empty := ""
		if len(call.Args) > 0 {
			t := info.TypeOf(call.Args[0])
			if p, ok := t.(*types.Pointer); ok {
				t = p.Elem()
			}
			if n, ok := types.Unalias(t).(*types.Named); ok && n.TypeArgs().Len() == 0 && isPkgType(n, "main", n.Obj().Name()) {
				if st, ok := n.Underlying().(*types.Struct); ok && st.NumFields() == 0 {
					empty = n.Obj().Name()
				}
			}
		}
		head := HelperPkg + "." + helper + "(" + strconv.Quote(empty) + ", "
		open := w.offset(call.Lparen) + 1
		if fn.Signature().Recv() == nil {
			w.add(w.offset(call.Fun.Pos()), open, head, 0)
			return
		}
		// The encoder goes first: its text stays where it is.
		w.add(w.offset(call.Fun.Pos()), w.offset(sel.X.Pos()), head, 0)
		w.add(w.offset(sel.X.End()), open, ", ", 0)
	})
}
