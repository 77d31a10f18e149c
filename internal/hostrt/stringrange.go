package hostrt

// The run-time half of the lowering of ranges over strings (see the front
// end's lower_stringrange.go): __repl.StringRange.

// runeAt is a rune of a string and its byte offset.
type runeAt struct {
	Off  int
	Rune rune
}

// stringRange decodes s as a range over it does.
func stringRange(s string) []runeAt {
	out := make([]runeAt, 0, len(s))
	for i, r := range s {
		out = append(out, runeAt{i, r})
	}
	return out
}
