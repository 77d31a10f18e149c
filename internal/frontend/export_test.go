package frontend

// For the tests that run the lowering programs through a session
// (package frontend_test).
var (
	LowerPrograms = lowerPrograms
	TrimLines     = trimLines
	WantOutput    = wantOutput
)
