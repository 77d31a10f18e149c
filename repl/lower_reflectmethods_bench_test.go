package repl_test

import "testing"

// BenchmarkReflectMethods measures a reflect call that reads a method set
// (see lower_reflectmethods.go), 1,000 times in a loop: of a type of the
// program's, answered from the shell's registry of its methods
// (type=program), and of a compiled type, which the registry does not
// hold (type=compiled). Compare with benchstat -col /type.
func BenchmarkReflectMethods(b *testing.B) {
	decls := []string{
		`import "reflect"`,
		`import "time"`,
		"type T struct{ n int }",
		"func (T) A() int { return 1 }",
		"func (*T) B() int { return 2 }",
		"func count(x any) int { n := 0; for i := 0; i < 1000; i++ { n += reflect.TypeOf(x).NumMethod() }; return n }",
	}
	for _, tc := range []struct{ typ, run string }{
		{"program", "count(&T{})"},
		{"compiled", "count(time.Second)"},
	} {
		b.Run("type="+tc.typ, func(b *testing.B) {
			benchInput(b, decls, tc.run)
		})
	}
}
