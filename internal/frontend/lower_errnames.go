package frontend

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"
)

// Type names in the errors of compiled packages.
//
// encoding/binary, encoding/json, encoding/xml and the templates name in
// their errors the type of a value they were given, which for a struct of
// the program's is the type the interpreter built: binary.Write's "some
// values are not fixed-sized in type struct { S string "asyncrepl:\"Bad\"";
// M map[string]int }" where Go says main.Bad, json's "encountered a cycle
// via *struct { ... }", a template's "can't evaluate field Missing in type
// struct { ... }". Their errors go through a helper that names such types
// as Go does (hostrt's errNames), keeping json's and the templates' error
// types and what the error wraps:
//
//	binary.Write(w, o, v)  ->  __repl.ErrNames(binary.Write(w, o, v))
//	json.Marshal(v)        ->  __repl.ErrNamesBytes(json.Marshal(v))
//
// (Not the call of a go or defer statement, whose call is the statement's.)

// errNamesCalls are the calls whose error is named so, and their helpers.
var errNamesCalls = map[string]string{
	"encoding/binary.Write":                  "ErrNames",
	"encoding/binary.Read":                   "ErrNames",
	"encoding/binary.Append":                 "ErrNamesBytes",
	"encoding/json.Marshal":                  "ErrNamesBytes",
	"encoding/json.MarshalIndent":            "ErrNamesBytes",
	"encoding/json.Encoder.Encode":           "ErrNames",
	"encoding/xml.Unmarshal":                 "ErrNames",
	"encoding/xml.Decoder.Decode":            "ErrNames",
	"text/template.Template.Execute":         "ErrNames",
	"text/template.Template.ExecuteTemplate": "ErrNames",
	"html/template.Template.Execute":         "ErrNames",
	"html/template.Template.ExecuteTemplate": "ErrNames",
}

// lowerErrNames wraps the calls described above.
func (w *rewriter) lowerErrNames(in *inspector.Inspector) {
	info := w.info()
	if info == nil {
		return
	}
	names := w.pkgNames()
	if names["encoding/binary"] == "" && names["encoding/json"] == "" && names["encoding/xml"] == "" && names["text/template"] == "" && names["html/template"] == "" {
		return
	}
	in.WithStack([]ast.Node{(*ast.CallExpr)(nil)}, func(n ast.Node, push bool, stack []ast.Node) bool {
		if !push {
			return true
		}
		call := n.(*ast.CallExpr)
		fn, ok := typeutil.Callee(info, call).(*types.Func)
		if !ok || fn.Pkg() == nil {
			return true
		}
		helper, ok := errNamesCalls[funcName(fn)]
		if !ok {
			return true
		}
		switch stack[len(stack)-2].(type) {
		case *ast.GoStmt, *ast.DeferStmt:
			return true
		}
		w.wrapArg(call, HelperPkg+"."+helper+"(", -7)
		end := w.offset(call.End())
		w.add(end, end, ")", 7)
		return true
	})
}
