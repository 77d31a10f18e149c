package frontend

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/asyncrepl/asyncrepl/internal/gosrc"
)

// Variables of an interface type declared from a call of several results.
//
// var h, k any = g() declares h and k of type any, each holding a result
// of g. yaegi v0.16.1 gives them the types of g's results instead: with
// g returning ([]int, []int), h.([]int) was refused ("invalid type
// assertion: non-interface type []int on left"), and h could not be
// given a value of another type. The pass declares the variables first,
// then assigns them, which yaegi gets right:
//
//	var h, k any = g(x)  ->  var h, k any; h, k = g(x)
//	var h, _ any = g(x)  ->  var h any; h, _ = g(x)
//
// Only in functions (at the prompt, an input's own variables are the
// session's, declared by it) and for a declaration of one spec.

// lowerVarTuples rewrites the declarations described above.
func (w *rewriter) lowerVarTuples(in *inspector.Inspector) {
	info := w.info()
	in.WithStack([]ast.Node{(*ast.DeclStmt)(nil)}, func(n ast.Node, push bool, stack []ast.Node) bool {
		if !push {
			return true
		}
		if w.src.Interactive() && w.plan.Seg.Kind == gosrc.SegStmt && len(stack) <= 4 {
			return true
		}
		gd, ok := n.(*ast.DeclStmt).Decl.(*ast.GenDecl)
		if !ok || gd.Tok != token.VAR || len(gd.Specs) != 1 || gd.Lparen.IsValid() {
			return true
		}
		vs := gd.Specs[0].(*ast.ValueSpec)
		if vs.Type == nil || len(vs.Names) < 2 || len(vs.Values) != 1 {
			return true
		}
		if _, isCall := ast.Unparen(vs.Values[0]).(*ast.CallExpr); !isCall {
			return true
		}
		if t := info.TypeOf(vs.Type); t == nil || !types.IsInterface(t) {
			return true
		}
		var names, declared []string
		for _, id := range vs.Names {
			names = append(names, id.Name)
			if id.Name != "_" {
				declared = append(declared, id.Name)
			}
		}
		if len(declared) == 0 {
			return true
		}
		if len(declared) < len(names) {
			// The interpreter declares no blank variable.
			w.add(w.offset(vs.Names[0].Pos()), w.offset(vs.Names[len(vs.Names)-1].End()), strings.Join(declared, ", "), 0)
		}
		w.add(w.offset(vs.Type.End()), w.offset(vs.End()), "; "+strings.Join(names, ", ")+" = "+w.moved(vs.Values[0]), 0)
		return true
	})
}

// Package variables declared from a call of several results, or a
// comma-ok map index, receive or type assertion.
//
// yaegi v0.16.1 gives var a, b = two() at the package level values the
// package's functions do not see: getA() returned 0 where main read 7
// (and var v, ok = m[k] panicked in reflection's words there).
// The results go into a variable of a struct type first, and each
// variable is declared from its field, which yaegi gets right and which
// keeps Go's order of initialization (a variable that uses a still comes
// after the call):
//
//	var a, b = two()  ->  var (__vt1 = func() (__vr struct{ F0 int; F1 string }) { __vr.F0, __vr.F1 = two(); return }(); a = __vt1.F0; b = __vt1.F1)

// lowerPkgVarTuples rewrites the declarations described above, where Go
// initializes the variables in the source's order (elsewhere
// lower_initorder.go assigns them in init, or, where it cannot, they are
// left as they are: the interpreter would run the struct's function in
// the source's order, before what it reads).
func (w *rewriter) lowerPkgVarTuples() {
	info := w.info()
	if info == nil || !initInSourceOrder(info) {
		return
	}
	for gd, vs := range w.pkgVarSpecs {
		if len(vs.Names) < 2 || len(vs.Values) != 1 || w.edited(vs.Pos(), vs.End(), vs.Values[0]) {
			continue // changed by an earlier pass (its value moved to init)
		}
		var results []types.Type // the types of the values, where no variable gives it
		switch x := ast.Unparen(vs.Values[0]).(type) {
		case *ast.CallExpr:
			if tuple, ok := info.TypeOf(x).(*types.Tuple); ok && tuple.Len() == len(vs.Names) {
				for v := range tuple.Variables() {
					results = append(results, v.Type())
				}
			}
		case *ast.IndexExpr, *ast.TypeAssertExpr, *ast.UnaryExpr:
			_, assert := x.(*ast.TypeAssertExpr)
			if len(vs.Names) == 2 && (assert || commaOKOperand(info, x)) {
				results = []types.Type{info.TypeOf(x), types.Typ[types.Bool]}
			}
		}
		if results == nil {
			continue
		}
		for i, id := range vs.Names {
			if obj := info.Defs[id]; obj != nil {
				results[i] = obj.Type()
			}
		}
		tmp := w.tmpName("vt")
		gather, ok := w.gatherResults(results, vs.Values[0], vs.Pos())
		if !ok {
			continue
		}
		text := tmp + " = " + gather
		for i, id := range vs.Names {
			if id.Name != "_" {
				text += fmt.Sprintf("; %s = %s.F%d", id.Name, tmp, i)
			}
		}
		if !gd.Lparen.IsValid() {
			text = "(" + text + ")"
		}
		w.vacate(vs, text)
	}
}

// At the prompt, the statements of an input run as the package's own code,
// where yaegi has the same trouble with a, b := two() and var a, b = two():
// a function declared later read a and panicked in reflection's words.
// The results go into a variable of a struct type first there too:
//
//	a, b := two()  ->  __vt1 := func() (__vr struct{ F0 int; F1 int }) { __vr.F0, __vr.F1 = two(); return }(); a := __vt1.F0; b := __vt1.F1

// lowerInputVarTuples rewrites the statements described above.
func (w *rewriter) lowerInputVarTuples(in *inspector.Inspector) {
	if !w.src.Interactive() || w.plan.Seg.Kind != gosrc.SegStmt {
		return
	}
	info := w.info()
	in.WithStack([]ast.Node{(*ast.AssignStmt)(nil), (*ast.DeclStmt)(nil)}, func(n ast.Node, push bool, stack []ast.Node) bool {
		if !push || len(stack) != 4 {
			return len(stack) < 4
		}
		var names []*ast.Ident
		var value ast.Expr
		switch n := n.(type) {
		case *ast.AssignStmt:
			if n.Tok != token.DEFINE || len(n.Rhs) != 1 {
				return false
			}
			for _, l := range n.Lhs {
				id, ok := l.(*ast.Ident)
				if !ok {
					return false
				}
				names = append(names, id)
			}
			value = n.Rhs[0]
		case *ast.DeclStmt:
			gd, ok := n.Decl.(*ast.GenDecl)
			if !ok || gd.Tok != token.VAR || len(gd.Specs) != 1 {
				return false
			}
			vs := gd.Specs[0].(*ast.ValueSpec)
			if vs.Type != nil || len(vs.Values) != 1 {
				return false
			}
			names, value = vs.Names, vs.Values[0]
		}
		call, ok := ast.Unparen(value).(*ast.CallExpr)
		if !ok || len(names) < 2 {
			return false
		}
		tuple, ok := info.TypeOf(call).(*types.Tuple)
		if !ok || tuple.Len() != len(names) {
			return false
		}
		var results []types.Type
		for v := range tuple.Variables() {
			results = append(results, v.Type())
		}
		tmp := w.tmpName("vt")
		gather, ok := w.gatherResults(results, call, n.Pos())
		if !ok {
			return false
		}
		text := tmp + " := " + gather
		for i, id := range names {
			switch {
			case id.Name == "_":
			case info.Defs[id] != nil:
				text += fmt.Sprintf("; %s := %s.F%d", id.Name, tmp, i)
			default:
				text += fmt.Sprintf("; %s = %s.F%d", id.Name, tmp, i)
			}
		}
		w.vacate(n, text)
		return false
	})
}

// gatherResults returns the call of a function literal that gathers the
// values of value (its text moved), of types results, into the fields F0,
// F1, ... of a struct it returns; ok is false where a type cannot be
// written at pos.
func (w *rewriter) gatherResults(results []types.Type, value ast.Expr, pos token.Pos) (string, bool) {
	var fields, targets []string
	for i, t := range results {
		ts, ok := w.typeSource(t, pos)
		if !ok {
			return "", false
		}
		fields = append(fields, fmt.Sprintf("F%d %s", i, ts))
		targets = append(targets, fmt.Sprintf("__vr.F%d", i))
	}
	return "func() (__vr struct{ " + strings.Join(fields, "; ") + " }) { " +
		strings.Join(targets, ", ") + " = " + w.moved(value) + "; return }()", true
}

// pkgVarSpecs yields the specs of the package-level var declarations of a
// script or a file for :load, with their declarations.
func (w *rewriter) pkgVarSpecs(yield func(*ast.GenDecl, *ast.ValueSpec) bool) {
	if w.mode != ModeScript && w.mode != ModeLoad {
		return
	}
	for _, d := range w.file.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.VAR {
			continue
		}
		for _, s := range gd.Specs {
			if !yield(gd, s.(*ast.ValueSpec)) {
				return
			}
		}
	}
}

// edited reports whether an edit made so far changes the text from pos to
// end other than within inner, if given (whose edits its moved text
// carries).
func (w *rewriter) edited(pos, end token.Pos, inner ast.Node) bool {
	start, stop := w.offset(pos), w.offset(end)
	istart, iend := -1, -1
	if inner != nil {
		istart, iend = w.offset(inner.Pos()), w.offset(inner.End())
	}
	for _, e := range w.edits {
		if e.Off >= istart && e.End <= iend {
			continue
		}
		if e.Off < stop && e.End > start || e.Off == e.End && e.Off >= start && e.Off < stop {
			return true
		}
	}
	return false
}
