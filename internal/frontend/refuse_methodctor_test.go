package frontend

import (
	"strings"
	"testing"

	"github.com/asyncrepl/asyncrepl/internal/gosrc"
)

// TestRefuseMethodConstructors checks the refusal of refuse_methodctor.go:
// at the prompt and in a :load, not in a script (which writes the type out
// per instance), nor where the interpreter infers the type argument.
func TestRefuseMethodConstructors(t *testing.T) {
	const set = "type Set[T comparable] map[T]struct{}\n\nfunc NewSet[T comparable](xs ...T) Set[T] { s := Set[T]{}; for _, x := range xs { s[x] = struct{}{} }; return s }\n\nfunc Of[T comparable](x T) Set[T] { return Set[T]{x: {}} }\n\n"
	tests := []struct {
		name, method string
		mode         mode
		want         string // "" for no refusal
	}{
		{"prompt", "func (s Set[T]) Clone() Set[T] { r := NewSet[T](); for k := range s { r[k] = struct{}{} }; return r }", ModeInput,
			"input 1, line 7:39: NewSet: the interpreter cannot compile a method of the generic type Set (Clone) that calls a generic function making a Set (NewSet) at the prompt or in a :load; make the value in the method (Set[...]{}), or run the file as a program (asyncrepl FILE.go)"},
		{"load", "func (s Set[T]) Clone() Set[T] { r := NewSet[T](); for k := range s { r[k] = struct{}{} }; return r }", ModeLoad, "NewSet: the interpreter cannot compile"},
		{"script", "func (s Set[T]) Clone() Set[T] { r := NewSet[T](); for k := range s { r[k] = struct{}{} }; return r }", ModeScript, ""},
		{"another constructor", "func (s Set[T]) Clone() Set[T] { var r Set[T]; for k := range s { if r == nil { r = Of(k) }; r[k] = struct{}{} }; return r }", ModeInput, "input 1, line 7:85: Of: the interpreter cannot compile"},
		{"made in place", "func (s Set[T]) Clone() Set[T] { r := Set[T]{}; for k := range s { r[k] = struct{}{} }; return r }", ModeInput, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := set + tt.method + "\n"
			if tt.mode != ModeInput {
				text = "package main\n\n" + text + "func main() { _ = NewSet(1).Clone() }\n"
				if tt.mode == ModeLoad {
					text = strings.Replace(text, "func main", "func Main", 1)
				}
			}
			fe := NewFrontEnd(map[string]string{}, nil)
			src := gosrc.NewSource(gosrc.InputFile, 1, text)
			_, err := fe.Analyse(src, gosrc.Segment{Kind: gosrc.SegFile, To: len(text), Last: true}, tt.mode)
			switch {
			case tt.want == "" && err != nil:
				t.Fatalf("refused: %v", err)
			case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
				t.Fatalf("got %v, want %q", err, tt.want)
			}
		})
	}
}
