package frontend

import "github.com/asyncrepl/asyncrepl/internal/gosrc"

// The input model (package gosrc) under the names the front end uses for
// it.

// An Error is an error at a position in the user's text: the type
// checker's, or a construct refused before it runs.
type Error = gosrc.Error

type (
	source  = gosrc.Source
	edit    = gosrc.Edit
	segment = gosrc.Segment
)

const (
	inputFile = gosrc.InputFile
	spanMark  = gosrc.SpanMark
	segFile   = gosrc.SegFile
	segStmt   = gosrc.SegStmt
)

var (
	newSource       = gosrc.NewSource
	splitInput      = gosrc.Split
	replacePath     = gosrc.ReplacePath
	decodePositions = gosrc.DecodePositions
	interpError     = gosrc.InterpError
	awaitHint       = gosrc.AwaitHint
)
