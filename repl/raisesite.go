package repl

import "github.com/asyncrepl/asyncrepl/loop"

// raiseSite is the session loop's SetRaiseSite: where interpreted code
// raised err, if it knows.
func (s *Session) raiseSite(err error) string {
	if pe, ok := err.(*loop.PanicError); ok {
		if at, ok := s.panicSites.LoadAndDelete(pe); ok {
			return at.(string)
		}
		return s.help.PanicAt(pe.Value)
	}
	return s.help.Raises.Site(err)
}
