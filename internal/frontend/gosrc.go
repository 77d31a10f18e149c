package frontend

import "github.com/asyncrepl/asyncrepl/internal/gosrc"

// An Error is an error at a position in the user's text: the type
// checker's, or a construct refused before it runs.
type Error = gosrc.Error
