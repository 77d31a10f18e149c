package hostrt

import (
	"errors"
	"math"
	"regexp"
	"testing"
	"time"
)

func TestPanicText(t *testing.T) {
	type point struct{ X, Y int }
	var nilFunc func()
	for _, c := range []struct {
		name string
		v    any
		typ  string
		str  func() string
		want string // a regular expression
	}{
		{"int", 42, "", nil, `^42$`},
		{"float in shortest form", 1e21, "", nil, `^1e\+21$`},
		{"NaN", math.NaN(), "", nil, `^NaN$`},
		{"infinity", math.Inf(1), "", nil, `^\+Inf$`},
		{"complex", complex(1, 2), "", nil, `^\(1\+2i\)$`},
		{"string with a newline", "a\nb", "", nil, `^a\n\tb$`},
		{"error", errors.New("boom"), "", nil, `^boom$`},
		{"Stringer", 2 * time.Second, "", nil, `^2s$`},
		{"named int of the program", 3, "main.Plain", nil, `^main\.Plain\(3\)$`},
		{"named string of the program", "x", "main.Str", nil, `^main\.Str\("x"\)$`},
		{"named complex of the program", complex(1, 2), "main.C", nil, `^main\.C\(1\+2i\)$`},
		{"String method of the program's type", 2, "main.Level", func() string { return "HIGH" }, `^HIGH$`},
		{"String method that panics", 2, "main.Level", func() string { panic("no") }, `^panic while printing panic value: no$`},
		{"struct: its type and an address", point{1, 2}, "main.Point", nil, `^\(main\.Point\) 0x[0-9a-f]+$`},
		{"slice", []int{1}, "", nil, `^\(\[\]int\) 0x[0-9a-f]+$`},
		{"nil function", nilFunc, "main.Fn", nil, `^\(main\.Fn\) 0x0$`},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := panicText(c.v, c.typ, c.str)
			if !regexp.MustCompile(c.want).MatchString(got) {
				t.Errorf("panicText(%#v, %q) = %q, want %s", c.v, c.typ, got, c.want)
			}
		})
	}
}

func TestDeferredPanicsRaisesTheLastCaught(t *testing.T) {
	d := &DeferredPanics{h: &Helpers{}, fn: "main.f"}
	if d.Catch("f.go:1:1", func() {}) {
		t.Fatal("Catch reported a panic of a function that returned")
	}
	if !d.Catch("f.go:2:1", func() { panic("first") }) || !d.Catch("f.go:3:1", func() { panic("second") }) {
		t.Fatal("Catch did not report a panic")
	}
	defer func() {
		if r := recover(); r != "second" {
			t.Errorf("Raise panicked with %v, want the last panic caught, second", r)
		}
	}()
	d.Raise()
	t.Error("Raise returned")
}
