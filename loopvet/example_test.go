package loopvet_test

import (
	"fmt"
	"log"
	"path/filepath"

	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/asyncrepl/asyncrepl/loopvet"
)

// A driver of your own: load packages with go/packages and run the
// analyzers on them with the checker of golang.org/x/tools.
func Example() {
	cfg := &packages.Config{Mode: packages.LoadSyntax}
	pkgs, err := packages.Load(cfg, "./testdata/waitfor")
	if err != nil || packages.PrintErrors(pkgs) > 0 {
		log.Fatal("load failed")
	}
	graph, err := checker.Analyze(loopvet.Analyzers, pkgs, nil)
	if err != nil {
		log.Fatal(err)
	}
	for _, act := range graph.Roots {
		for _, d := range act.Diagnostics {
			pos := act.Package.Fset.Position(d.Pos)
			fmt.Printf("%s:%d:%d: %.60s...\n", filepath.Base(pos.Filename), pos.Line, pos.Column, d.Message)
		}
	}
	// Output:
	// waitfor.go:15:3: loop.Await's error dropped as a statement: a task that drops...
}
