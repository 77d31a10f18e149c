package frontend

import (
	"strings"
	"testing"

	"github.com/asyncrepl/asyncrepl/internal/gosrc"
)

// TestJSONRefused checks that what the json lowering cannot make right is
// refused before it runs, with the construct, its position and the way
// around.
func TestJSONRefused(t *testing.T) {
	const decls = `package main

import (
	"encoding/json"
	"strings"
)

type Level int

func (l *Level) UnmarshalJSON(b []byte) error { return nil }

func (l Level) MarshalJSON() ([]byte, error) { return nil, nil }

type inner struct{ A int }

var _ = strings.NewReader

`
	for _, tt := range []struct{ name, code, want string }{
		{"decoder", `type A struct {
	L Level ` + "`json:\",string\"`" + `
}

func main() {
	var a A
	json.NewDecoder(strings.NewReader("")).Decode(&a)
}`, "prog.go:24:48: (*json.Decoder).Decode into a value of type main.A, which holds a field with the ,string option of type main.Level: the interpreter would decode it wrongly (drop ,string and convert the field yourself)"},
		{"string pointer", `type A struct {
	L Level
	N *int ` + "`json:\",string\"`" + `
}

func main() { json.MarshalIndent(A{}, "", " ") }`, "prog.go:23:34: json.MarshalIndent of a value of type main.A, which holds the ,string option on a pointer field: the interpreter would encode it wrongly (make the field a value, or drop ,string)"},
		{"string option", `type A struct {
	L Level ` + "`json:\",string\"`" + `
}

func main() {
	var a A
	json.Unmarshal(nil, &a)
}`, "prog.go:24:22: json.Unmarshal into a value of type main.A, which holds a field with the ,string option of type main.Level: the interpreter would decode it wrongly (drop ,string and convert the field yourself)"},
		{"unexported embedded pointer", `type A struct {
	*inner
	L Level
}

func main() {
	var a A
	json.Unmarshal(nil, &a)
}`, "prog.go:25:22: json.Unmarshal into a value of type main.A, which holds an embedded pointer to an unexported struct type: the interpreter would decode it wrongly (export the embedded type)"},
		{"decoder key twins", `type Key int

type A struct{ M map[Key]int }

func main() {
	var a A
	json.NewDecoder(strings.NewReader("")).Decode(&a)
}`, "prog.go:24:48: (*json.Decoder).Decode into a value of type *main.A, which holds a map whose keys of type main.Key and values of type int: the interpreter holds them alike, and the shell could not tell which one an error names without the JSON; decode into a json.RawMessage, then json.Unmarshal it"},
		{"error type as value", `func main() {
	var a struct{ N int }
	err := json.Unmarshal(nil, &a)
	if te, ok := err.(*json.UnmarshalTypeError); ok {
		t := te.Type
		_ = t
	}
}`, "prog.go:22:11: the Type of a json.UnmarshalTypeError as a value: the shell gives it Go's names of the program's types (String, Name, PkgPath), and other uses of reflection (==, reflect.New) would see a type of its own; call its methods (te.Type.String(), .Kind()) or print it"},
		{"pointer to an interface", `type Shape interface{ Area() float64 }

func main() {
	var pi *Shape
	json.Unmarshal(nil, &pi)
}`, "json.Unmarshal into a value of type *main.Shape, which holds a pointer to an interface of the program's (main.Shape): the interpreter would decode it wrongly (decode into the interface itself)"},
		{"error type as argument", `func use(v any) {}

func main() {
	var e json.InvalidUnmarshalError
	use(e.Type)
}`, "prog.go:22:8: the Type of a json.InvalidUnmarshalError as a value"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			fe := NewFrontEnd(map[string]string{}, nil)
			text := decls + tt.code + "\n"
			src := gosrc.NewSource("prog.go", 0, text)
			_, err := fe.Analyse(src, gosrc.Segment{Kind: gosrc.SegFile, To: len(text), Last: true}, ModeScript)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got %v\nwant %s", err, tt.want)
			}
		})
	}
}
