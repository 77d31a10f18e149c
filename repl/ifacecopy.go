package repl

import "context"

// declareIfaceCopies declares the functions that copy values to compiled
// interfaces the statements of an input call (see the front end's lower_ifacecopy.go), before
// they run.
func (s *Session) declareIfaceCopies(hard context.Context, p *plan) error {
	if p.IfaceCopyDecls == "" {
		return nil
	}
	prog, err := s.compile(inputFile, "package main\n"+p.IfaceCopyDecls, false)
	if err != nil {
		return interpError(err)
	}
	if _, err := s.in.ExecuteWithContext(hard, prog); err != nil {
		return interpError(err)
	}
	return nil
}
