package frontend

import (
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"testing"

	"github.com/asyncrepl/asyncrepl/stdlib_bindings/stdtypes"
)

// TestCompiledFlow checks which values compiledFlow finds may come from
// compiled code's interfaces: the argument of each call of seen in a
// program that takes a Celsius out of a container/list.
func TestCompiledFlow(t *testing.T) {
	const decls = `package main

import (
	"container/list"
	"encoding/json"
	"slices"
	"strings"
	"sync"
)

type Celsius float64

type Store interface{ Get() any }

type listStore struct{ l *list.List }

func (s listStore) Get() any { return s.l.Front().Value }

func first[T any](xs []T) T { return xs[0] }

type box struct{ x any }

func seen(any) {}

func fillMap(m map[string]any) { m["k"] = l.Front().Value }

func named() (v any) { v = l.Front().Value; return }

func all() func(func(any) bool) { return func(yield func(any) bool) { yield(l.Front().Value) } }

type stack[T any] struct{ items []T }

func (s *stack[T]) push(x T) { s.items = append(s.items, x) }
func (s *stack[T]) pop() T  { return s.items[len(s.items)-1] }

type ops struct{ get func() any }

func show(v any) { seen(v) }

func own(v any) { seen(v) }

func aliasT[S ~[]any]() { s := S{nil}; t := s; t[0] = l.Front().Value; seen(s[0]) }

var l = list.New()

var _, _, _, _ = slices.Clone[[]int], strings.Fields, json.Marshal, sync.OnceFunc

`
	tests := []struct {
		name, body string
		from       bool
		in         string // the function whose calls of seen are looked at: main if ""
	}{
		{"a field of a compiled struct", "seen(l.Front().Value)", true, ""},
		{"a variable", "v := l.Front().Value; seen(v)", true, ""},
		{"a channel", "ch := make(chan any, 1); ch <- l.Front().Value; seen(<-ch)", true, ""},
		{"an interface's method", "var st Store = listStore{l}; seen(st.Get())", true, ""},
		{"a method value", "get := listStore{l}.Get; seen(get())", true, ""},
		{"a closure's result", "f := func() any { return l.Front().Value }; seen(f())", true, ""},
		{"a stand-in of the prelude", "seen(slices.Clone([]any{l.Front().Value})[0])", true, ""},
		{"a generic function", "seen(first([]any{l.Front().Value}))", true, ""},
		{"a type switch's binding", "switch x := l.Front().Value.(type) { default: seen(x) }", true, ""},
		{"a map of any", `m := map[string]any{}; m["a"] = l.Front().Value; for _, x := range m { seen(x) }`, true, ""},
		{"a struct field", "b := &box{}; b.x = l.Front().Value; seen(b.x)", true, ""},
		{"a goroutine's store", "res := make([]any, 1); go func() { res[0] = l.Front().Value }(); seen(res[0])", true, ""},
		{"through a pointer", "var v any; p := &v; *p = l.Front().Value; seen(v)", true, ""},
		{"copy", "dst := make([]any, 1); copy(dst, []any{l.Front().Value}); seen(dst[0])", true, ""},
		{"a callback's parameter", "var m sync.Map; m.Range(func(k, v any) bool { seen(v); return true })", true, ""},
		{"sync.Map.Load", "var m sync.Map; v, _ := m.Load(1); seen(v)", true, ""},
		{"a slice's alias", "s := make([]any, 1); t := s; t[0] = l.Front().Value; seen(s[0])", true, ""},
		{"a map filled by a function", "m := map[string]any{}; fillMap(m); seen(m[\"k\"])", true, ""},
		{"a named result", "seen(named())", true, ""},
		{"an iterator", "for v := range all() { seen(v) }", true, ""},
		{"recover", "defer func() { seen(recover()) }()", true, ""},
		{"a generic stack", "var st stack[any]; st.push(l.Front().Value); seen(st.pop())", true, ""},
		{"a function field", "o := ops{get: func() any { return l.Front().Value }}; seen(o.get())", true, ""},
		{"a function's parameter, called with one", "show(l.Front().Value)", true, "show"},
		{"a type parameter's alias", "aliasT[[]any]()", true, "aliasT"},
		{"a value of the program's own", "var v any = 3.5; seen(v)", false, ""},
		{"a function's parameter, called with own values", "own(2.5); own(\"s\")", false, "own"},
		{"an own value reassigned", "v := 3.5; var a any = v; a = 4; seen(a)", false, ""},
		{"json's", "var v any; json.Unmarshal(nil, &v); seen(v)", false, ""},
		{"strings.Fields", "var v any = strings.Fields(\"a b\"); seen(v)", false, ""},
		{"an element of a map of any (another name could fill it)", `m := map[string]any{"k": 21.5}; seen(m["k"])`, true, ""},
		{"a range variable writing through a pointer", "ps := []*box{{}}; for _, p := range ps { p.x = l.Front().Value }; seen(ps[0].x)", true, ""},
		{"an alias by assertion", "var v any = &box{}; b := v.(*box); b.x = l.Front().Value; seen(v)", true, ""},
		{"a struct value of the program's", "b := box{x: 2.5}; c := b; seen(c.x)", false, ""},
		{"an array of any", "var a [2]any; a[0] = 1.5; seen(a[0])", false, ""},
		{"a range over an own array", "arr := [2]any{1.5, \"s\"}; for _, x := range arr { seen(x) }", false, ""},
		{"a range over an array given one", "var arr [2]any; arr[1] = l.Front().Value; for _, x := range arr { seen(x) }", true, ""},
		{"an array sliced", "var a [2]any; s := a[:]; s[0] = l.Front().Value; seen(a[0])", true, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			fset := token.NewFileSet()
			f, err := parser.ParseFile(fset, "p.go", decls+"func main() {\n"+tc.body+"\n}\n", 0)
			if err != nil {
				t.Fatal(err)
			}
			info := &types.Info{Types: map[ast.Expr]types.TypeAndValue{}, Defs: map[*ast.Ident]types.Object{}, Uses: map[*ast.Ident]types.Object{},
				Selections: map[*ast.SelectorExpr]*types.Selection{}, Implicits: map[ast.Node]types.Object{}, Instances: map[*ast.Ident]types.Instance{}}
			if _, err := (&types.Config{Importer: stdtypes.Importer{}}).Check("main", fset, []*ast.File{f}, info); err != nil {
				t.Fatal(err)
			}
			cf := newCompiledFlow(info, f, nil, false, false)
			in := tc.in
			if in == "" {
				in = "main"
			}
			var body ast.Node
			for _, d := range f.Decls {
				if fd, ok := d.(*ast.FuncDecl); ok && fd.Name.Name == in {
					body = fd
				}
			}
			found := false
			ast.Inspect(body, func(n ast.Node) bool {
				if c, ok := n.(*ast.CallExpr); ok {
					if id, ok := c.Fun.(*ast.Ident); ok && id.Name == "seen" && len(c.Args) == 1 {
						found = true
						if got := cf.Expr(c.Args[0]); got != tc.from {
							t.Errorf("%s: from compiled code = %v, want %v", tc.body, got, tc.from)
						}
					}
				}
				return true
			})
			if !found {
				t.Fatal("no call of seen")
			}
		})
	}
}
