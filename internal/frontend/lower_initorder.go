package frontend

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"sort"
	"strings"
)

// The order of package-level variable initialization.
//
// Go initializes a program's package-level variables in declaration
// order, except that a variable waits for the variables its initial value
// uses (go/types computes the order: Info.InitOrder). yaegi v0.16.1 orders
// them in a way of its own, so initial values with effects (a call that
// prints, or counts) run in another order. Where Go's order is not the
// order of the source, the pass declares the variables without their
// values and assigns the values in Go's order in an init function placed
// before the program's own (which Go runs after every variable has its
// value):
//
//	var (                          var (
//		_ = d                          _ struct{}
//		a = f("a")          ->         a int
//		d = f("d")                     d int
//	)                              )
//	                               func init() { d = f("d"); _ = d; a = f("a") }
//
// Only scripts and files loaded by :load (whose var a = f(), with f
// reading a later var b, was initialized with b's zero value): at the
// prompt each input's variables are initialized as the input runs.

// lowerInitOrder rewrites the package-level variables described above.
func (w *rewriter) lowerInitOrder() {
	c := w.plan.Checked
	if w.mode != ModeScript && w.mode != ModeLoad || c == nil || len(c.Info.InitOrder) < 2 {
		return
	}
	info := c.Info
	order := info.InitOrder
	if initInSourceOrder(info) {
		return
	}
	// Every package-level spec with values, and where each value starts.
	specOf := map[ast.Expr]*ast.ValueSpec{}
	var specs []*ast.ValueSpec
	var firstInit *ast.FuncDecl
	for _, d := range w.file.Decls {
		switch d := d.(type) {
		case *ast.GenDecl:
			if d.Tok != token.VAR {
				continue
			}
			for _, s := range d.Specs {
				vs := s.(*ast.ValueSpec)
				if len(vs.Values) == 0 {
					continue
				}
				specs = append(specs, vs)
				for _, v := range vs.Values {
					specOf[v] = vs
				}
			}
		case *ast.FuncDecl:
			if d.Recv == nil && d.Name.Name == "init" && firstInit == nil {
				firstInit = d
			}
		}
	}
	// The declarations without values: each name with its type.
	texts := map[*ast.ValueSpec]string{}
	for _, vs := range specs {
		if vs.Type != nil {
			continue
		}
		t := info.TypeOf(vs.Names[0])
		if t == nil {
			return
		}
		for _, n := range vs.Names[1:] {
			if !types.Identical(info.TypeOf(n), t) {
				return // names of different types in one spec
			}
		}
		ts, ok := w.typeSource(t, vs.Pos())
		if !ok {
			return
		}
		texts[vs] = " " + ts
	}
	for _, in := range order {
		if specOf[in.Rhs] == nil {
			return
		}
	}
	var assigns []string
	for _, in := range order {
		var lhs, tmps []string
		for i, v := range in.Lhs {
			lhs = append(lhs, v.Name())
			tmps = append(tmps, fmt.Sprintf("__init%d", i))
		}
		if len(lhs) == 1 {
			assigns = append(assigns, lhs[0]+" = "+w.moved(in.Rhs))
			continue
		}
		// The values of a call of several results, through variables of
		// the function's own: yaegi miscounts the call's results assigned
		// to the package's variables at once.
		assigns = append(assigns, fmt.Sprintf("{ %s := %s; %s = %s }",
			strings.Join(tmps, ", "), w.moved(in.Rhs), strings.Join(lhs, ", "), strings.Join(tmps, ", ")))
	}
	for _, vs := range specs {
		from := vs.Names[len(vs.Names)-1].End()
		if vs.Type != nil {
			from = vs.Type.End()
		}
		w.add(w.offset(from), w.offset(vs.End()), texts[vs], -50)
	}
	fn := "func init() { " + strings.Join(assigns, "; ") + " }\n"
	if firstInit != nil {
		at := w.offset(firstInit.Pos())
		w.add(at, at, fn, -50)
	} else {
		end := w.offset(w.file.End())
		w.add(end, end, "\n"+fn, 50)
	}
}

// initInSourceOrder reports whether Go initializes the package's variables
// in the order of the source.
func initInSourceOrder(info *types.Info) bool {
	order := info.InitOrder
	return sort.SliceIsSorted(order, func(i, j int) bool { return order[i].Rhs.Pos() < order[j].Rhs.Pos() })
}
