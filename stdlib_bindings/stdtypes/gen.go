//go:build ignore

// gen writes stdtypes.data: the type information (gc export data, types only)
// of every public package of the installed Go toolchain's standard library and
// of the compiled packages the interpreter offers beyond it (see
// ../bindings.go), so that the session's type checker knows exactly the API
// the interpreter was built with, without a Go installation at run time; and
// docs.data, the documentation of their exported members, for :doc.
//
// Run by `go generate ./stdlib_bindings/...`.
package main

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"go/ast"
	"go/doc"
	"go/format"
	"go/parser"
	"go/token"
	"log"
	"os"
	"slices"
	"strings"

	"golang.org/x/tools/go/gcexportdata"
	"golang.org/x/tools/go/packages"
)

// extra are the packages the interpreter offers beyond the standard library.
var extra = []string{"github.com/asyncrepl/asyncrepl/loop", "github.com/sirupsen/logrus"}

func main() {
	log.SetFlags(0)
	log.SetPrefix("stdtypes: ")
	cfg := &packages.Config{Mode: packages.NeedName | packages.NeedTypes | packages.NeedImports | packages.NeedDeps | packages.NeedFiles}
	pkgs, err := packages.Load(cfg, append([]string{"std"}, extra...)...)
	if err != nil {
		log.Fatal(err)
	}
	var list []*packages.Package
	for _, p := range pkgs {
		if public(p.PkgPath) {
			list = append(list, p)
		}
	}
	slices.SortFunc(list, func(a, b *packages.Package) int { return strings.Compare(a.PkgPath, b.PkgPath) })

	var raw bytes.Buffer
	for _, p := range list {
		if len(p.Errors) > 0 {
			log.Fatalf("%s: %v", p.PkgPath, p.Errors[0])
		}
		var b bytes.Buffer
		if err := gcexportdata.Write(&b, token.NewFileSet(), p.Types); err != nil {
			log.Fatalf("%s: %v", p.PkgPath, err)
		}
		fmt.Fprintf(&raw, "%s\n%d\n", p.PkgPath, b.Len())
		raw.Write(b.Bytes())
	}
	// Stored as it is: decoding costs nothing at start-up (gzip took
	// 13-25 ms), for 0.6 MB more in the binary.
	if err := os.WriteFile("stdtypes.data", raw.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}

	var docs bytes.Buffer
	for _, p := range list {
		for _, e := range packageDocs(p) {
			fmt.Fprintf(&docs, "%s\n%d\n%s", e.key, len(e.text), e.text)
		}
	}
	write("docs.data", docs.Bytes())
}

// write writes data gzipped to file.
func write(file string, data []byte) {
	var out bytes.Buffer
	zw, err := gzip.NewWriterLevel(&out, gzip.BestCompression)
	if err != nil {
		log.Fatal(err)
	}
	zw.Write(data)
	if err := zw.Close(); err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(file, out.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}
}

type entry struct{ key, text string }

// packageDocs returns the documentation of p and of its exported members:
// keys are the import path, "path.Name" and "path.Type.Method"; each text
// is the declaration (without a function's body) and its doc comment.
func packageDocs(p *packages.Package) []entry {
	fset := token.NewFileSet()
	var files []*ast.File
	for _, name := range p.GoFiles {
		f, err := parser.ParseFile(fset, name, nil, parser.ParseComments)
		if err != nil {
			log.Fatalf("%s: %v", p.PkgPath, err)
		}
		files = append(files, f)
	}
	dp, err := doc.NewFromFiles(fset, files, p.PkgPath)
	if err != nil {
		log.Fatalf("%s: %v", p.PkgPath, err)
	}
	text := func(decl ast.Node, comment string) string {
		if fd, ok := decl.(*ast.FuncDecl); ok {
			cp := *fd
			cp.Body = nil
			cp.Doc = nil
			decl = &cp
		}
		if gd, ok := decl.(*ast.GenDecl); ok {
			cp := *gd
			cp.Doc = nil
			decl = &cp
		}
		var b bytes.Buffer
		if err := format.Node(&b, fset, decl); err != nil {
			log.Fatalf("%s: %v", p.PkgPath, err)
		}
		if comment = strings.TrimSpace(comment); comment != "" {
			b.WriteString("\n\n" + comment)
		}
		return b.String() + "\n"
	}
	out := []entry{{p.PkgPath, "package " + dp.Name + " // import \"" + p.PkgPath + "\"\n\n" + strings.TrimSpace(dp.Doc) + "\n"}}
	values := func(vs []*doc.Value) {
		for _, v := range vs {
			for _, spec := range v.Decl.Specs {
				vs := spec.(*ast.ValueSpec)
				for _, id := range vs.Names {
					if !token.IsExported(id.Name) {
						continue
					}
					// A small group whole (its iota and implicit types
					// read right); one spec of a large one (syscall's
					// hold thousands), with its own comment, else the
					// group's.
					if len(v.Decl.Specs) <= 30 {
						out = append(out, entry{p.PkgPath + "." + id.Name, text(v.Decl, v.Doc)})
						continue
					}
					one := &ast.GenDecl{Tok: v.Decl.Tok, Specs: []ast.Spec{spec}}
					comment := v.Doc
					if vs.Doc != nil {
						comment = vs.Doc.Text()
					} else if vs.Comment != nil {
						comment = vs.Comment.Text()
					}
					out = append(out, entry{p.PkgPath + "." + id.Name, text(one, comment)})
				}
			}
		}
	}
	funcs := func(prefix string, fs []*doc.Func) {
		for _, f := range fs {
			out = append(out, entry{prefix + f.Name, text(f.Decl, f.Doc)})
		}
	}
	values(dp.Consts)
	values(dp.Vars)
	funcs(p.PkgPath+".", dp.Funcs)
	for _, t := range dp.Types {
		out = append(out, entry{p.PkgPath + "." + t.Name, text(t.Decl, t.Doc)})
		values(t.Consts)
		values(t.Vars)
		funcs(p.PkgPath+".", t.Funcs)
		funcs(p.PkgPath+"."+t.Name+".", t.Methods)
	}
	slices.SortFunc(out, func(a, b entry) int { return strings.Compare(a.key, b.key) })
	return out
}

// public reports whether a user can import path: not internal, vendored,
// part of the go command, or unsafe (which go/types provides itself).
func public(path string) bool {
	if path == "unsafe" || strings.HasPrefix(path, "vendor/") || strings.HasPrefix(path, "cmd/") {
		return false
	}
	for _, elem := range strings.Split(path, "/") {
		if elem == "internal" {
			return false
		}
	}
	return true
}
