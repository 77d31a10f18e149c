package repl_test

import "testing"

// BenchmarkHeldValues measures what keeping the type of a value held in
// an interface costs (lower_heldname.go, lower_typednil.go's
// fmt.Stringer, lower_fmtvalue.go's compiled interfaces): 1,000 calls of
// a function returning a value of a type with methods as any
// (case=return-any), 1,000 conversions of a pointer of the program's to
// fmt.Stringer (case=stringer-ptr), 1,000 fmt.Sprintf calls of %d with a
// fmt.Stringer holding the program's value (case=sprintf-d-stringer) and
// of %v with an error (case=sprintf-v-error, which the change leaves as
// it was). Compare a build with the passes and one without, interleaved,
// with benchstat.
func BenchmarkHeldValues(b *testing.B) {
	decls := []string{
		"type Color int",
		`func (c Color) String() string { return "c" }`,
		"type Node struct{ N int }",
		`func (n *Node) String() string { return "n" }`,
		"type Code int",
		`func (c Code) Error() string { return "code" }`,
		"func get(i int) any { return Color(i) }",
		"func getAll(n int) int { k := 0; for i := 0; i < n; i++ { if get(i) != nil { k++ } }; return k }",
		"func stringers(n int) int { k := 0; nd := &Node{}; for i := 0; i < n; i++ { var s fmt.Stringer = nd; if s != nil { k++ } }; return k }",
		"func sprintD(n int) int { k := 0; var s fmt.Stringer = Color(1); for i := 0; i < n; i++ { k += len(fmt.Sprintf(\"%d\", s)) }; return k }",
		"func sprintErr(n int) int { k := 0; var e error = Code(1); for i := 0; i < n; i++ { k += len(fmt.Sprintf(\"%v\", e)) }; return k }",
	}
	for _, tc := range []struct{ name, call string }{
		{"return-any", "getAll(1000)"},
		{"stringer-ptr", "stringers(1000)"},
		{"sprintf-d-stringer", "sprintD(1000)"},
		{"sprintf-v-error", "sprintErr(1000)"},
	} {
		b.Run("case="+tc.name, func(b *testing.B) {
			benchInput(b, decls, tc.call)
		})
	}
}
