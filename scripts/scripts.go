// Package scripts holds asyncrepl's example programs and the machinery that
// checks them.
//
// Each example is a Go program in this directory (build constraint "ignore",
// package main) that shows one trap of asynchronous programming, or its fix,
// and ends with an "// Output:" block (and a "// Stderr:" block of patterns
// when it is meant to log warnings). The programs run the same way compiled
// (go run scripts/chain_bug.go) and interpreted (asyncrepl scripts/chain_bug.go).
//
// The package embeds them (FS, List, Source) so that the asyncrepl command can
// list, show, load and test them without a checkout, and it parses and checks
// their expectations (ParseExpectations, Expect.Check) for the command's test
// runner and for the tests of this repository.
package scripts

import (
	"embed"
	"fmt"
	"go/parser"
	"go/token"
	"io/fs"
	"path"
	"sort"
	"strings"
	"sync"
)

// FS holds the Go files of the scripts directory: the examples, and this
// package's own source and test files, which List and Source leave out.
//
//go:embed *.go
var FS embed.FS

// Example describes one example program.
type Example struct {
	Name    string // file name without ".go", e.g. "chain_bug"
	File    string // file name in FS, e.g. "chain_bug.go"
	Summary string // first paragraph of the header comment, on one line
}

var examples = sync.OnceValues(func() ([]Example, error) {
	return listFS(FS)
})

// listFS returns the examples of fsys's top directory, sorted by name: the Go
// files of package main.
func listFS(fsys fs.FS) ([]Example, error) {
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil, fmt.Errorf("scripts: %v", err)
	}
	var list []Example
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
			continue
		}
		src, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, fmt.Errorf("scripts: %v", err)
		}
		f, err := parser.ParseFile(token.NewFileSet(), name, src, parser.PackageClauseOnly|parser.ParseComments)
		if err != nil {
			return nil, fmt.Errorf("scripts: %v", err)
		}
		if f.Name.Name != "main" {
			continue
		}
		list = append(list, Example{
			Name:    strings.TrimSuffix(name, ".go"),
			File:    name,
			Summary: summary(f.Doc.Text()),
		})
	}
	sort.Slice(list, func(i, j int) bool { return list[i].Name < list[j].Name })
	return list, nil
}

// summary returns the first paragraph of a doc comment's text on one line.
func summary(doc string) string {
	para, _, _ := strings.Cut(strings.TrimSpace(doc), "\n\n")
	return strings.Join(strings.Fields(para), " ")
}

// List returns the embedded examples, sorted by name.
func List() []Example {
	list, err := examples()
	if err != nil {
		// The embedded files are fixed at build time and a test lists them:
		// failing here means the binary itself is broken.
		panic(err)
	}
	return list
}

// Lookup finds an embedded example by name, with or without ".go" (a path is
// reduced to its last element: "scripts/chain_bug.go" finds chain_bug).
func Lookup(name string) (Example, bool) {
	name = strings.TrimSuffix(path.Base(strings.ReplaceAll(name, "\\", "/")), ".go")
	for _, e := range List() {
		if e.Name == name {
			return e, true
		}
	}
	return Example{}, false
}

// Source returns the source of the embedded example called name (see Lookup).
func Source(name string) ([]byte, error) {
	e, ok := Lookup(name)
	if !ok {
		return nil, fmt.Errorf("scripts: no example named %q (%s)", name, names())
	}
	return FS.ReadFile(e.File)
}

func names() string {
	var b strings.Builder
	b.WriteString("the examples are:")
	for _, e := range List() {
		b.WriteString(" ")
		b.WriteString(e.Name)
	}
	return b.String()
}
