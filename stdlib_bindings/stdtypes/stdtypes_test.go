package stdtypes_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"io/fs"
	"slices"
	"strings"
	"testing"

	"github.com/asyncrepl/asyncrepl/stdlib_bindings/stdtypes"
)

// TestCheck type-checks programs that use the newest standard library and the
// loop package against the embedded data, as the session's checker does.
func TestCheck(t *testing.T) {
	tests := []struct {
		name, src, err string
	}{
		{"go1.24 iterator", `package main
import ("fmt"; "strings")
func main() { for s := range strings.SplitSeq("a,b", ",") { fmt.Println(s) } }`, ""},
		{"generic std", `package main
import ("maps"; "slices")
func main() { m := map[string]int{"a": 1}; _ = slices.Sorted(maps.Keys(m)) }`, ""},
		{"loop", `package main
import ("time"; "github.com/asyncrepl/asyncrepl/loop")
func main() { _, err := loop.Run(loop.Sleep(time.Second)); _ = err }`, ""},
		{"unknown member", `package main
import "strings"
func main() { strings.NoSuch() }`, "undefined: strings.NoSuch"},
		{"unsafe", `package main
import "unsafe"
var _ = unsafe.Sizeof(0)`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fset := token.NewFileSet()
			f, err := parser.ParseFile(fset, "x.go", tt.src, 0)
			if err != nil {
				t.Fatal(err)
			}
			conf := types.Config{Importer: stdtypes.Importer{}}
			_, err = conf.Check("main", fset, []*ast.File{f}, nil)
			got := ""
			if err != nil {
				got = err.(types.Error).Msg
			}
			if got != tt.err {
				t.Errorf("error %q, want %q", got, tt.err)
			}
		})
	}
}

func TestPaths(t *testing.T) {
	paths := stdtypes.Paths()
	for _, want := range []string{"fmt", "iter", "net/http", "github.com/asyncrepl/asyncrepl/loop"} {
		if !slices.Contains(paths, want) {
			t.Errorf("Paths lacks %s", want)
		}
	}
	for _, p := range paths {
		if p == "unsafe" || slices.Contains([]string{"internal/abi"}, p) {
			t.Errorf("Paths has %s", p)
		}
	}
}

func TestDoc(t *testing.T) {
	for _, tt := range []struct{ path, member, want string }{
		{"strings", "Cut", "func Cut(s, sep string) (before, after string, found bool)\n\nCut slices s around"},
		{"github.com/asyncrepl/asyncrepl/loop", "Await", "func Await("},
		{"bufio", "Reader.ReadString", "func (b *Reader) ReadString(delim byte) (string, error)\n\nReadString reads"},
		{"fmt", "", "package fmt // import \"fmt\"\n\nPackage fmt implements formatted I/O"},
		{"time", "Second", "const (\n\tNanosecond"},
	} {
		got, ok := stdtypes.Doc(tt.path, tt.member)
		if !ok || !strings.HasPrefix(got, tt.want) {
			t.Errorf("Doc(%q, %q) = %q, %v; want it to start %q", tt.path, tt.member, got, ok, tt.want)
		}
	}
	if _, ok := stdtypes.Doc("strings", "NoSuch"); ok {
		t.Errorf("Doc of a member that does not exist found one")
	}
}

func BenchmarkImportFmt(b *testing.B) {
	for b.Loop() {
		if _, err := stdtypes.Import("fmt"); err != nil {
			b.Fatal(err)
		}
	}
}

// TestLoopCurrent checks that the type data knows every exported
// package-level name of the loop package's source, and no other: data
// left stale by a change of loop's API (run go generate ./stdlib_bindings/...)
// fails here, before CI's regeneration check.
func TestLoopCurrent(t *testing.T) {
	fset := token.NewFileSet()
	pkgs, err := parser.ParseDir(fset, "../../loop", func(fi fs.FileInfo) bool { return !strings.HasSuffix(fi.Name(), "_test.go") }, 0)
	if err != nil {
		t.Fatal(err)
	}
	var src []string
	for _, f := range pkgs["loop"].Files {
		for _, d := range f.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				if d.Recv == nil && d.Name.IsExported() {
					src = append(src, d.Name.Name)
				}
			case *ast.GenDecl:
				for _, s := range d.Specs {
					switch s := s.(type) {
					case *ast.TypeSpec:
						if s.Name.IsExported() {
							src = append(src, s.Name.Name)
						}
					case *ast.ValueSpec:
						for _, n := range s.Names {
							if n.IsExported() {
								src = append(src, n.Name)
							}
						}
					}
				}
			}
		}
	}
	pkg, err := stdtypes.Import("github.com/asyncrepl/asyncrepl/loop")
	if err != nil {
		t.Fatal(err)
	}
	var data []string
	for _, n := range pkg.Scope().Names() {
		if token.IsExported(n) {
			data = append(data, n)
		}
	}
	slices.Sort(src)
	if strings.Join(src, " ") != strings.Join(data, " ") {
		t.Errorf("stdtypes: the loop package's names differ from the type data: run go generate ./stdlib_bindings/...\nsource: %v\ndata:   %v", src, data)
	}
}
