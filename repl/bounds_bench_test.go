package repl_test

import "testing"

// BenchmarkBoundsChecks measures what the front end's bounds checks (see
// lower_bounds.go) cost interpreted code: the same loop over a slice of
// 10,000 ints indexing with the loop's counter, which is not checked again
// (index=counter), with a copy of it, which is (index=checked), and with
// the counter after a guard statement written by hand in interpreted code
// (index=guard: if j < 0 || j >= len(s) {...}). index=copy stores into
// another slice at an offset, as Go's test/copy.go does (dst[i+off] =
// src[i]). Compare with benchstat -col /index.
func BenchmarkBoundsChecks(b *testing.B) {
	decls := map[string]string{
		"counter": "func sum(s []int) int { t := 0; for i := range s { j := i; t += s[i] + j - j }; return t }",
		"checked": "func sum(s []int) int { t := 0; for i := range s { j := i; t += s[j] + i - i }; return t }",
		"guard":   "func sum(s []int) int { t := 0; for i := range s { j := i; if j < 0 || j >= len(s) { panic(j) }; t += s[i] + j - j }; return t }",
		"copy":    "func sum(s []int) int { d := make([]int, len(s)+1); off := 1; for i := range s { d[i+off] = s[i] }; return len(d) }",
	}
	for _, index := range []string{"counter", "checked", "guard", "copy"} {
		b.Run("index="+index, func(b *testing.B) {
			benchInput(b, []string{decls[index], "xs := make([]int, 10000)"}, "sum(xs)")
		})
	}
}
