package repl_test

import (
	"testing"

	"github.com/asyncrepl/asyncrepl/repl"
)

// TestResultDisplay checks how the prompt shows a result or a variable: its
// static type, the dynamic type of an interface's value, and the value as
// fmt prints it (by its String or Error method), for each of several
// results as for one.
func TestResultDisplay(t *testing.T) {
	tests := []struct {
		name  string
		steps []step
	}{
		{"several results, by their String methods", []step{
			{in: "type User struct{ Name string }", out: "type User struct{ Name string }\n"},
			{in: `func (u *User) String() string { return "User(" + u.Name + ")" }`, out: "func (u *User) String() string\n"},
			{in: `func get() (any, error) { return &User{Name: "y"}, nil }`, out: "func get() (any, error)\n"},
			{in: "get()", out: "User(y)  // any (*User)\n"},
			{in: `loop.Await(loop.Async(func() (any, error) { return &User{Name: "x"}, nil }))`, out: "User(x)  // any (*User)\n"},
			{in: "v, err := get()", out: "v any = User(y) (*User)\nerr error = nil\n"},
			{in: `func pair() (*User, error) { return &User{Name: "p"}, errors.New("late") }`, out: "func pair() (*User, error)\n"},
			{in: "pair()", out: "User(p)  // *User\nlate  // error (*errors.errorString)\n"},
		}},
		{"several results of a value type with a String method", []step{
			{in: "type S int", out: "type S int\n"},
			{in: `func (s S) String() string { return "S!" }`, out: "func (s S) String() string\n"},
			{in: "func h() (S, any) { return 3, S(4) }", out: "func h() (S, any)\n"},
			{in: "h()", out: "S!  // S\nS!  // any (S)\n"},
			{in: "a, b := h()", out: "a S = S!\nb any = S! (S)\n"},
		}},
		{"a gathered slice of values with a String method", []step{
			{in: "type User struct{ Name string }", out: "type User struct{ Name string }\n"},
			{in: `func (u User) String() string { return "User(" + u.Name + ")" }`, out: "func (u User) String() string\n"},
			{in: `loop.Await(loop.Gather(loop.Async(func() any { return User{"a"} }), loop.Async(func() any { return User{"b"} })))`, out: "[User(a) User(b)]  // any ([]any)\n"},
		}},
		{"a nil pointer held as error or fmt.Stringer", []step{
			{in: "type MyErr struct{ Code int }", out: "type MyErr struct{ Code int }\n"},
			{in: `func (m *MyErr) Error() string { return fmt.Sprint("code ", m.Code) }`, out: "func (m *MyErr) Error() string\n"},
			{in: "var p *MyErr", out: "p *MyErr = nil\n"},
			{in: "var e error = p", out: "e error = <nil> (*MyErr)\n"},
			{in: "e", out: "<nil>  // error (*MyErr)\n"},
			{in: "fmt.Println(e)", out: "<nil>\n"},
			{in: "[]error{e}", out: "[<nil>]  // []error\n"},
			{in: "_, err := loop.Await(loop.Async(func() error { var q *MyErr; return q }))", out: "err error = <nil> (*MyErr)\n"},
			{in: "type S struct{ N int }", out: "type S struct{ N int }\n"},
			{in: `func (s *S) String() string { return fmt.Sprint("S", s.N) }`, out: "func (s *S) String() string\n"},
			{in: "var sp *S; var st fmt.Stringer = sp", out: "sp *S = nil\nst fmt.Stringer = <nil> (*S)\n"},
			{in: "st", out: "<nil>  // fmt.Stringer (*S)\n"},
			// A method that handles its nil receiver says what it says.
			{in: "type Safe struct{}", out: "type Safe struct{}\n"},
			{in: `func (s *Safe) Error() string { if s == nil { return "nil Safe" }; return "Safe" }`, out: "func (s *Safe) Error() string\n"},
			{in: "var sf *Safe; var se error = sf", out: "sf *Safe = nil\nse error = nil Safe (*Safe)\n"},
		}},
		{"a struct value held as fmt.Stringer, whose last field is held as a type of the session's is", []step{
			{in: "type Level int", out: "type Level int\n"},
			{in: `func (l Level) String() string { return "lvl" }`, out: "func (l Level) String() string\n"},
			{in: "var t fmt.Stringer = Level(2)", out: "t fmt.Stringer = lvl (Level)\n"},
			{in: "type Pt struct{ X, Y int }", out: "type Pt struct{ X, Y int }\n"},
			{in: `func (p Pt) String() string { return "pt" }`, out: "func (p Pt) String() string\n"},
			// The wrapper keeps Pt's last field, an int: it was named
			// Level. Neither is named where either may be.
			{in: "var s fmt.Stringer = Pt{1, 2}", out: "s fmt.Stringer = pt\n"},
			{in: "s", out: "pt  // fmt.Stringer\n"},
		}},
		{"a slice of Stringers held as a sort.Interface", []step{
			{in: "type T int", out: "type T int\n"},
			{in: `func (t T) String() string { return "t" }`, out: "func (t T) String() string\n"},
			{in: "type Ts []T", out: "type Ts []T\n"},
			{in: "func (s Ts) Len() int { return len(s) }; func (s Ts) Less(i, j int) bool { return s[i] < s[j] }; func (s Ts) Swap(i, j int) { s[i], s[j] = s[j], s[i] }", out: "func (s Ts) Len() int\nfunc (s Ts) Less(i, j int) bool\nfunc (s Ts) Swap(i, j int)\n"},
			// Shown without the elements' String ([1 2]).
			{in: "var si sort.Interface = Ts{1, 2}", out: "si sort.Interface = [t t] (Ts)\n"},
			{in: "type U []int", out: "type U []int\n"},
			{in: "func (u U) Len() int { return 0 }; func (u U) Less(i, j int) bool { return false }; func (u U) Swap(i, j int) {}", out: "func (u U) Len() int\nfunc (u U) Less(i, j int) bool\nfunc (u U) Swap(i, j int)\n"},
			{in: "var su sort.Interface = U{5}", out: "su sort.Interface = [5]\n"},
			// Held alike with a U now: it was named U.
			{in: "si", out: "[1 2]  // sort.Interface\n"},
		}},
		{"the dynamic type of a value of a type the interpreter holds alike", []step{
			{in: "type Named int", out: "type Named int\n"},
			{in: "func (n Named) Foo() {}", out: "func (n Named) Foo()\n"},
			{in: "var a any = Named(2)", out: "a any = 2 (Named)\n"},
			{in: "a", out: "2  // any (Named)\n"},
			{in: "type Plain int", out: "type Plain int\n"},
			{in: "var fi interface{ Foo() } = Named(3)", out: "fi interface{Foo()} = 3 (Named)\n"},
			{in: "fi", out: "3  // interface{Foo()} (Named)\n"},
			// Where two types implement the interface, both are named.
			{in: "type Other int", out: "type Other int\n"},
			{in: "func (o Other) Foo() {}", out: "func (o Other) Foo()\n"},
			{in: "var fo interface{ Foo() } = Other(4)", out: "fo interface{Foo()} = 4 (Named or Other)\n"},
		}},
		{"a failed assertion of an awaited result", []step{
			{in: "v, err := loop.Await(loop.Async(func() int { return 1 }))", out: "v any = 1 (int)\nerr error = nil\n"},
			{in: "func() { defer func() { fmt.Println(recover()) }(); _ = v.(string) }()", out: "interface conversion: interface {} is int, not string\n"},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { runSteps(t, repl.Config{}, tt.steps) })
	}
}
