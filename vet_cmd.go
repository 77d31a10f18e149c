package main

import (
	"flag"
	"fmt"
	"go/token"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/asyncrepl/asyncrepl/loopvet"
)

// cmdVet implements `asyncrepl vet [packages or files]`: the loopvet
// analyzers (a dropped loop.Await error) on packages, as go vet would run
// them, or on single .go files, each a program of its own (a script built
// only when named, with a go:build ignore line, say).
func cmdVet(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("vet", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(stderr, `usage: asyncrepl vet [packages or files]

Reports code that drops the error of loop.Await (or of loop.Run,
RunUntilComplete, a future's Result): a task that drops it swallows its
cancellation and runs on. Arguments are package patterns (./..., a
directory), as for go vet, with the packages' tests; or .go files, each
checked as a program of its own, the ones built only when named
(//go:build ignore) too: name them (dir/*.go), a directory's package leaves
them out. With no arguments, the package in the current directory.
Prints file.go:LINE:COL: message lines.
Exit status 0 if nothing is found, 1 if something is, 2 if the code does not
load (it does not compile, say) or on bad usage.
`)
	}
	if err := fs.Parse(args); err != nil {
		return exitStatus(err)
	}
	var patterns, files []string
	for _, a := range fs.Args() {
		if strings.HasSuffix(a, ".go") {
			files = append(files, a)
		} else {
			patterns = append(patterns, a)
		}
	}
	if len(patterns) == 0 && len(files) == 0 {
		patterns = []string{"."}
	}
	// A file is a package of its own: scripts in one directory each have
	// their own main, and a go:build ignore file has no other package.
	loads := [][]string{}
	if len(patterns) > 0 {
		loads = append(loads, patterns)
	}
	for _, f := range files {
		if _, err := os.Stat(f); err != nil {
			fmt.Fprintf(stderr, "asyncrepl vet: %v\n", err)
			return 2
		}
		loads = append(loads, []string{f})
	}
	var pkgs []*packages.Package
	for _, args := range loads {
		p, err := loadForVet(args)
		if err != nil {
			fmt.Fprintf(stderr, "asyncrepl vet: %v\n", err)
			return 2
		}
		if len(p) == 0 {
			// The loader reports no package, and no error, when the go
			// command fails before it lists any (go.mod needs updates,
			// say): the go command's own words say why.
			fmt.Fprintf(stderr, "asyncrepl vet: no package to check in %s: %s\n", strings.Join(args, " "), goListError(args))
			return 2
		}
		pkgs = append(pkgs, p...)
	}
	if msgs := loadErrors(pkgs); len(msgs) > 0 {
		for _, m := range msgs {
			fmt.Fprintln(stderr, m)
		}
		if slices.ContainsFunc(msgs, missingLoop) {
			fmt.Fprintln(stderr, vetModuleHint)
		}
		return 2
	}
	graph, err := checker.Analyze(loopvet.Analyzers, pkgs, nil)
	if err != nil {
		fmt.Fprintf(stderr, "asyncrepl vet: %v\n", err)
		return 2
	}
	lines, err := vetLines(graph)
	if err != nil {
		fmt.Fprintf(stderr, "asyncrepl vet: %v\n", err)
		return 2
	}
	for _, l := range lines {
		fmt.Fprintln(stdout, l)
	}
	if len(lines) > 0 {
		return 1
	}
	return 0
}

// vetModuleHint is said when the code checked cannot see the loop
// package: vet type-checks through the go command, so the code must be in
// a module that requires this one (asyncrepl FILE.go runs such a file
// anyway, with the loop package built in).
const vetModuleHint = "asyncrepl vet: the loop package is not in this module's requirements: vet type-checks with the go command, " +
	"so run it in a module that requires it (go mod init NAME; go get github.com/asyncrepl/asyncrepl/loop)"

// missingLoop reports whether a load error says the loop package cannot
// be found.
func missingLoop(msg string) bool {
	return strings.Contains(msg, "github.com/asyncrepl/asyncrepl/loop") &&
		(strings.Contains(msg, "no required module provides package") || strings.Contains(msg, "cannot find") ||
			strings.Contains(msg, "not in std") || strings.Contains(msg, "go.mod file not found"))
}

// goListError returns what go list says of args when it fails, or that
// nothing matches them.
func goListError(args []string) string {
	var stderr strings.Builder
	cmd := exec.Command("go", append([]string{"list", "-e"}, args...)...)
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil && strings.TrimSpace(stderr.String()) != "" {
		return strings.TrimSpace(stderr.String())
	}
	return "no Go files match"
}

// loadForVet loads the packages of args (patterns, or one file), with their
// tests, as the analyzers need them.
func loadForVet(args []string) ([]*packages.Package, error) {
	cfg := &packages.Config{
		Mode: packages.NeedName | packages.NeedFiles | packages.NeedCompiledGoFiles | packages.NeedImports |
			packages.NeedTypes | packages.NeedTypesSizes | packages.NeedSyntax | packages.NeedTypesInfo | packages.NeedModule,
		Tests: len(args) > 1 || !strings.HasSuffix(args[0], ".go"),
	}
	return packages.Load(cfg, args...)
}

// loadErrors returns the loader's errors for pkgs and their dependencies,
// each once, file names relative to the current directory: the go
// command's, then the compiler's (without the go command's copy of them).
func loadErrors(pkgs []*packages.Package) []string {
	var compiler, other []string
	seen := map[string]bool{}
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		for _, e := range p.Errors {
			m := e.Msg
			if e.Pos != "" && e.Pos != "-" {
				m = relPath(e.Pos) + ": " + e.Msg
			}
			if seen[m] {
				continue
			}
			seen[m] = true
			if e.Kind == packages.ListError {
				other = append(other, m)
			} else {
				compiler = append(compiler, m)
			}
		}
	})
	if len(compiler) > 0 {
		other = slices.DeleteFunc(other, func(m string) bool { return strings.HasPrefix(m, "# ") })
	}
	return append(other, compiler...)
}

// relPath returns path (a file name, with a :LINE:COL or not) relative to
// the current directory if it is under it.
func relPath(path string) string {
	wd, err := os.Getwd()
	if err != nil || !filepath.IsAbs(path) {
		return path
	}
	if rel, err := filepath.Rel(wd, path); err == nil && !strings.HasPrefix(rel, "..") {
		return rel
	}
	return path
}

// vetLines returns the analyzers' diagnostics as file.go:LINE:COL: message
// lines, sorted, each once (a package's files are also in its test
// variant), with file names relative to the current directory when under it.
func vetLines(graph *checker.Graph) ([]string, error) {
	type found struct {
		pos token.Position
		msg string
	}
	var all []found
	seen := map[string]bool{}
	for _, act := range graph.Roots {
		if act.Err != nil {
			return nil, act.Err
		}
		for _, d := range act.Diagnostics {
			pos := act.Package.Fset.Position(d.Pos)
			if key := pos.String() + d.Message; !seen[key] {
				seen[key] = true
				all = append(all, found{pos, d.Message})
			}
		}
	}
	slices.SortFunc(all, func(a, b found) int {
		if c := strings.Compare(a.pos.Filename, b.pos.Filename); c != 0 {
			return c
		}
		if a.pos.Line != b.pos.Line {
			return a.pos.Line - b.pos.Line
		}
		return a.pos.Column - b.pos.Column
	})
	lines := make([]string, len(all))
	for i, f := range all {
		f.pos.Filename = relPath(f.pos.Filename)
		lines[i] = fmt.Sprintf("%s: %s", f.pos, f.msg)
	}
	return lines, nil
}
