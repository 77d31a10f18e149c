package repl

import (
	"context"

	"github.com/asyncrepl/asyncrepl/internal/frontend"
	"github.com/asyncrepl/asyncrepl/internal/gosrc"
)

// declareIfaceCopies declares the functions that copy values to compiled
// interfaces the statements of an input call (see the front end's lower_ifacecopy.go), before
// they run.
func (s *Session) declareIfaceCopies(hard context.Context, p *frontend.Plan) error {
	if p.IfaceCopyDecls == "" {
		return nil
	}
	prog, err := s.compile(gosrc.InputFile, "package main\n"+p.IfaceCopyDecls, false)
	if err != nil {
		return gosrc.InterpError(err)
	}
	if _, err := s.in.ExecuteWithContext(hard, prog); err != nil {
		return gosrc.InterpError(err)
	}
	return nil
}
