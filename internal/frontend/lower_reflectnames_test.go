package frontend

import (
	"strings"
	"testing"

	"github.com/asyncrepl/asyncrepl/internal/gosrc"
)

// TestReflectTypeHeldRefused checks that a value that may hold a
// reflect.Type in an interface where the host runtime's names do not reach
// it (a struct's field, a fmt.Stringer) is refused where the program puts
// a reflect.Type in an interface, and that an any or a []any holding one
// is not.
func TestReflectTypeHeldRefused(t *testing.T) {
	const decls = `package main

import (
	"fmt"
	"reflect"
)

type P struct{ X int }

type Row struct {
	Name string
	T    any
}

`
	for _, tt := range []struct{ name, code, want string }{
		{"a struct's field", `func main() {
	r := Row{"p", reflect.TypeOf(P{})}
	fmt.Println(r)
}`, "prog.go:17:14: fmt.Println of a value of type main.Row, which may hold a reflect.Type in an interface (the program puts one in an interface at prog.go:16:16): the interpreter builds the program's types without their names and package, so it would print them wrongly (struct { X int } for main.P); print the reflect.Type, or an any holding it, by itself with %v or %s"},
		{"a fmt.Stringer", `func main() {
	var s fmt.Stringer = reflect.TypeOf(P{})
	fmt.Printf("%s\n", s)
}`, "prog.go:17:21: fmt.Printf of a value of type fmt.Stringer, which may hold a reflect.Type in an interface (the program puts one in an interface at prog.go:16:23)"},
		{"String of a fmt.Stringer", `func main() {
	var s fmt.Stringer = reflect.TypeOf(P{})
	_ = s.String()
}`, "prog.go:17:8: String of a value of type fmt.Stringer, which may hold a reflect.Type (the program puts one in an interface at prog.go:16:23): the interpreter builds the program's types without their names and package, so it would answer wrongly for them (struct { X int } for main.P); call String on the reflect.Type itself"},
		{"an any and a []any", `func main() {
	var a any = reflect.TypeOf(P{})
	fmt.Println(a, []any{a}, Row{Name: "x"}.Name)
	fmt.Printf("%T\n", Row{})
}`, ""},
		{"no reflect.Type put in an interface", `func main() {
	fmt.Println(Row{"p", 1}, reflect.TypeOf(P{}))
}`, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			fe := NewFrontEnd(map[string]string{}, nil)
			text := decls + tt.code + "\n"
			src := gosrc.NewSource("prog.go", 0, text)
			_, err := fe.Analyse(src, gosrc.Segment{Kind: gosrc.SegFile, To: len(text), Last: true}, ModeScript)
			switch {
			case tt.want == "" && err != nil:
				t.Errorf("refused: %v", err)
			case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
				t.Errorf("got %v\nwant %s", err, tt.want)
			}
		})
	}
}
