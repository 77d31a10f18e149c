package repl_test

import "testing"

// BenchmarkMapKeyHash measures what the check of a key stored into a map
// keyed by an interface (see lower_mapkeyhash.go) costs a loop of 10,000
// stores: into a map[int]int (key=int, nothing to check), into a
// map[any]int of an int variable (key=any-of-int) and of an any variable
// (key=any-of-any, whose dynamic type may not be hashable), and reads of
// such keys (key=read-any). Compare with
// benchstat -col /key.
func BenchmarkMapKeyHash(b *testing.B) {
	decls := map[string]string{
		"int":        "func fill() int { m := map[int]int{}; for i := 0; i < 10000; i++ { k := i % 64; m[k] = i }; return len(m) }",
		"any-of-int": "func fill() int { m := map[any]int{}; for i := 0; i < 10000; i++ { k := i % 64; m[k] = i }; return len(m) }",
		"any-of-any": "func fill() int { m := map[any]int{}; for i := 0; i < 10000; i++ { var k any = i % 64; m[k] = i }; return len(m) }",
		"read-any":   "func fill() int { m := map[any]int{1: 1}; n := 0; for i := 0; i < 10000; i++ { var k any = i % 64; n += m[k] }; return n }",
	}
	for _, key := range []string{"int", "any-of-int", "any-of-any", "read-any"} {
		b.Run("key="+key, func(b *testing.B) {
			benchInput(b, []string{decls[key]}, "fill()")
		})
	}
}
