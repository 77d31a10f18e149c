package repl_test

import (
	"context"
	"regexp"
	"testing"

	"github.com/asyncrepl/asyncrepl/repl"
)

// TestUnsafe checks which uses of unsafe run, with Go's answers, and which
// are refused, naming the construct, its position and why: those whose
// memory the interpreter lays out differently from Go (interfaces, funcs,
// type parameters, blank fields) and a string's header read as other
// memory.
func TestUnsafe(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		out    string // exact stdout, when it runs
		errPat string // regexp for stderr, when it is refused
	}{
		{"pointer identity",
			`func() { x, y := 1, 2; p := &x; fmt.Println(unsafe.Pointer(p) == unsafe.Pointer(&x), unsafe.Pointer(&x) == unsafe.Pointer(&y), uintptr(unsafe.Pointer(p)) == uintptr(unsafe.Pointer(&x))) }()`,
			"true false true\n", ""},
		{"a float's bits",
			`func() { f := 1.5; fmt.Printf("%#x\n", *(*uint64)(unsafe.Pointer(&f))) }()`, "0x3ff8000000000000\n", ""},
		{"structs of one layout, strings at the same offset",
			`type P struct{ X, Y int32; N string }; type Q struct{ A, B int32; S string }; func() { p := P{1, 2, "n"}; q := (*Q)(unsafe.Pointer(&p)); q.A = 7; fmt.Println(p, *q) }()`,
			"{7 2 n} {7 2 n}\ntype P struct{ X, Y int32; N string }\ntype Q struct{ A, B int32; S string }\n", ""},
		{"unsafe.String of bytes, and StringData",
			`func() { b := []byte("hey"); s := unsafe.String(&b[0], uint8(len(b))); b[0] = 'k'; fmt.Println(s, *unsafe.StringData(s) == 'k') }()`, "key true\n", ""},
		{"unsafe.Slice and SliceData",
			`type P struct{ X, Y int16 }; func() { ps := []P{{1, 2}, {3, 4}}; w := unsafe.Slice((*int16)(unsafe.Pointer(unsafe.SliceData(ps))), 4); fmt.Println(w, len(w), cap(w)) }()`,
			"[1 2 3 4] 4 4\ntype P struct{ X, Y int16 }\n", ""},
		{"unsafe.Add and uintptr arithmetic with an offset",
			`type N struct{ A byte; B int64 }; func() { n := N{1, 9}; b := (*int64)(unsafe.Add(unsafe.Pointer(&n), unsafe.Offsetof(n.B))); c := (*int64)(unsafe.Pointer(uintptr(unsafe.Pointer(&n)) + unsafe.Offsetof(n.B))); fmt.Println(*b, *c) }()`,
			"9 9\ntype N struct{ A byte; B int64 }\n", ""},
		{"unsafe.Slice's length out of range panics as Go's",
			`func() { defer func() { fmt.Println(recover()) }(); n := -1; b := byte(0); _ = unsafe.Slice(&b, n) }()`, "runtime error: unsafe.Slice: len out of range\n", ""},
		{"a pointer below 4 KiB panics, which the process would die of",
			`func() { defer func() { fmt.Println(recover()) }(); u := uintptr(8); fmt.Println(*(*int)(unsafe.Pointer(u))) }()`,
			"repl: unsafe.Pointer(0x8): an address below 4 KiB is no pointer, and the interpreter's process would die of it (invalid pointer found on stack) where a compiled program might not\n", ""},
		{"unsafe.Add to below 4 KiB panics too",
			`func() { defer func() { fmt.Println(recover()) }(); var p unsafe.Pointer; fmt.Println(unsafe.Add(p, 16) != nil) }()`,
			"repl: unsafe.Pointer(0x10): an address below 4 KiB is no pointer, and the interpreter's process would die of it (invalid pointer found on stack) where a compiled program might not\n", ""},
		{"uintptr 0 is nil",
			`func() { fmt.Println(unsafe.Pointer(uintptr(0)) == nil, (*int)(unsafe.Pointer(uintptr(0))) == nil) }()`, "true true\n", ""},
		{"a pointer to an interface",
			`func() { var e any = 1; _ = unsafe.Pointer(&e) }()`, "",
			`^input 1:\d+: unsafe\.Pointer conversion of a \*any: its memory holds an interface \(any\), which the interpreter lays out differently from Go`},
		{"a func in a field",
			`type S struct{ f func(); n int }; func() { var p unsafe.Pointer; _ = (*S)(p) }()`, "",
			`^input 1:\d+: \(\*S\) conversion of a \*S: its memory holds a func \(func\(\)\) in field f, which the interpreter lays out differently`},
		{"an interface behind a pointer",
			`type S struct{ next *[]error }; func() { var s S; _ = unsafe.Pointer(&s) }()`, "",
			`^input 1:\d+: unsafe\.Pointer conversion of a \*S: its memory holds an interface \(error\) in field next`},
		{"a type parameter",
			`func addr[T any](p *T) uintptr { return uintptr(unsafe.Pointer(p)) }`, "",
			`^input 1:\d+: unsafe\.Pointer conversion of a \*T: its memory holds a type parameter \(T\), which an instantiation could make an interface or a func`},
		{"a blank field",
			`type B struct{ a, _ int }; func() { var b B; _ = unsafe.Pointer(&b) }()`, "",
			`^input 1:\d+: unsafe\.Pointer conversion of a \*B: its memory holds a blank field \(_\), which the interpreter keeps as a field that == and map keys compare, where Go's skip it\n$`},
		{"unsafe.Slice of interfaces",
			`func() { var e error; _ = unsafe.Slice(&e, 1) }()`, "",
			`^input 1:\d+: unsafe\.Slice of error elements: their memory holds an interface \(error\)`},
		{"a string's header as a word",
			`func() { s := "abc"; _ = *(*uintptr)(unsafe.Pointer(&s)) }()`, "",
			`^input 1:\d+: \(\*uintptr\) conversion of a \*string read as uintptr: a string's header read as other memory, and the interpreter's slicing leaves an empty string`},
		{"the size and offsets of a type parameter's instantiation, an interface as Go's two words",
			`type Box[T any] struct{ F bool; V T; N int32 }; func offs[T any](b *Box[T]) (uintptr, uintptr, uintptr) { return unsafe.Offsetof(b.V), unsafe.Offsetof(b.N), unsafe.Sizeof(*b) }; func() { fmt.Println(offs(&Box[any]{})); fmt.Println(offs(&Box[int8]{})) }()`,
			"8 24 32\n1 4 8\ntype Box[T any] struct{ F bool; V T; N int32 }\nfunc offs[T any](b *Box[T]) (uintptr, uintptr, uintptr)\n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, out, errs := newSession(t, repl.Config{})
			err := s.Run(context.Background(), tt.in)
			if (err != nil) != (tt.errPat != "") {
				t.Errorf("%s: error %v, want one: %v", tt.in, err, tt.errPat != "")
			}
			if tt.errPat == "" {
				if got := out.String(); got != tt.out {
					t.Errorf("%s: stdout %q, want %q", tt.in, got, tt.out)
				}
				if got := errs.String(); got != "" {
					t.Errorf("%s: unexpected stderr:\n%s", tt.in, got)
				}
				return
			}
			if got := errs.String(); !regexp.MustCompile(tt.errPat).MatchString(got) {
				t.Errorf("%s: stderr\n%s\ndoes not match %s", tt.in, got, tt.errPat)
			}
		})
	}
}
