//go:build ignore

// gen writes stdtypes.data: the type information (gc export data, types only)
// of every public package of the installed Go toolchain's standard library and
// of the compiled packages the interpreter offers beyond it (see
// ../bindings.go), so that the session's type checker knows exactly the API
// the interpreter was built with, without a Go installation at run time.
//
// Run by `go generate ./stdlib_bindings/...`.
package main

import (
	"bytes"
	"compress/gzip"
	"fmt"
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
	cfg := &packages.Config{Mode: packages.NeedName | packages.NeedTypes | packages.NeedImports | packages.NeedDeps}
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
	var out bytes.Buffer
	zw, err := gzip.NewWriterLevel(&out, gzip.BestCompression)
	if err != nil {
		log.Fatal(err)
	}
	zw.Write(raw.Bytes())
	if err := zw.Close(); err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile("stdtypes.data", out.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}
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
