package gosrc

import (
	"reflect"
	"testing"
)

func TestSplitInOrder(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []string // the segments' texts, in the order they run
	}{
		{"a function reading a variable declared after it",
			"func helper() int { return later }\nvar later = 5\nfunc main() { helper() }",
			[]string{"var later = 5", "func helper() int { return later }", "func main() { helper() }"}},
		{"initial values in Go's order",
			"var y = x + z\nvar x = f()\nvar z = 1\nfunc f() int { return 2 }",
			[]string{"func f() int { return 2 }", "var x = f()\nvar z = 1", "var y = x + z"}},
		{"mutually recursive functions stay together",
			"func a() int { return b() + v }\nfunc b() int { return a() }\nvar v = 1",
			[]string{"var v = 1", "func a() int { return b() + v }\nfunc b() int { return a() }"}},
		{"in order already: as written",
			"import \"fmt\"\nvar v = 1\nfunc f() { fmt.Println(v) }",
			[]string{"import \"fmt\"", "var v = 1", "func f() { fmt.Println(v) }"}},
		{"a method goes with its type",
			"var n = T(1).Twice()\ntype T int\nfunc (t T) Twice() int { return int(t) * 2 }",
			[]string{"type T int\nfunc (t T) Twice() int { return int(t) * 2 }", "var n = T(1).Twice()"}},
		{"statements run where they are",
			"func f() int { return x }\nx := 1",
			[]string{"func f() int { return x }", "x := 1"}},
		{"a variable reading one declared after it, in one segment",
			"var b = a + 1\nvar a = 2",
			[]string{"var a = 2", "var b = a + 1"}},
		{"variables in order in one segment: as written",
			"var a = 2\nvar b = a + 1",
			[]string{"var a = 2\nvar b = a + 1"}},
		{"an initialization cycle: as written",
			"func f() int { return v }\nvar v = f()",
			[]string{"func f() int { return v }", "var v = f()"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			segs := SplitInOrder(tt.src)
			for i, s := range segs {
				got = append(got, tt.src[s.From:s.To])
				if s.Last != (i == len(segs)-1) {
					t.Errorf("segment %d: Last is %v", i, s.Last)
				}
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %q\nwant %q", got, tt.want)
			}
		})
	}
}
