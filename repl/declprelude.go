package repl

import (
	"context"
	"slices"
	"strings"

	"github.com/asyncrepl/asyncrepl/internal/frontend"
	"github.com/asyncrepl/asyncrepl/internal/gosrc"
)

// declarePrelude declares into the session the prelude's declarations the
// plan's code uses, with what they use, those not declared before.
func (s *Session) declarePrelude(hard context.Context, p *frontend.Plan) error {
	if len(p.Prelude) == 0 {
		return nil
	}
	if s.preludeDone == nil {
		s.preludeDone = map[string]bool{}
	}
	decls := frontend.PreludeClosure(p.Prelude, s.preludeDone)
	if len(decls) == 0 {
		return nil
	}
	var b strings.Builder
	b.WriteString("package main\n")
	var names []string
	for _, d := range decls {
		for _, imp := range d.Imports {
			if !s.preludeDone[imp] && !slices.Contains(names, imp) {
				names = append(names, imp)
			}
		}
	}
	for _, imp := range names {
		b.WriteString("import " + imp + "\n")
	}
	for _, d := range decls {
		b.WriteString(d.Text + "\n")
	}
	prog, err := s.compile(gosrc.InputFile, b.String(), false)
	if err != nil {
		return gosrc.InterpError(err)
	}
	// Compiled alone, the functions that are not generic are not bound.
	if _, err := s.in.ExecuteWithContext(hard, prog); err != nil {
		return gosrc.InterpError(err)
	}
	for _, imp := range names {
		s.preludeDone[imp] = true
	}
	for _, d := range decls {
		s.preludeDone[d.Name] = true
	}
	return nil
}
