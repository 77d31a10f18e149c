package frontend

import (
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"testing"

	"github.com/asyncrepl/asyncrepl/stdlib_bindings/stdtypes"
)

// TestTypeMayCycle checks which static types get their fmt calls checked:
// those whose values may hold themselves where fmt descends.
func TestTypeMayCycle(t *testing.T) {
	const src = `package p
import "fmt"
type L []L
type M map[string]M
type Tree struct{ Kids []Tree }
type Node struct{ Next *Node; V int }
type Box struct{ V any }
type Err interface{ Error() string }
var (
	a int
	b []int
	c map[string][]string
	d []any
	e map[string]any
	f L
	g M
	h Tree
	i Node
	j *Box
	k error
	l fmt.Stringer
	m []error
	n [3]any
	o *Node
	q Err
)`
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, "p.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	pkg, err := (&types.Config{Importer: stdImporter{}}).Check("p", fset, []*ast.File{file}, nil)
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]bool{
		"a": false, "b": false, "c": false, "d": true, "e": true, "f": true, "g": true, "h": true,
		"i": false, "j": true, "k": false, "l": false, "m": false, "n": true, "o": false, "q": false,
	} {
		if got := typeMayCycle(pkg.Scope().Lookup(name).Type()); got != want {
			t.Errorf("typeMayCycle(%s) = %v, want %v", pkg.Scope().Lookup(name).Type(), got, want)
		}
	}
}

type stdImporter struct{}

func (stdImporter) Import(path string) (*types.Package, error) { return stdtypes.Import(path) }
