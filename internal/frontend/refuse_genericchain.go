package frontend

import (
	"fmt"
	"go/ast"
	"go/types"
	"maps"
	"slices"
)

// Generic code that passes its type parameter on to generic code, made in
// a session with a type argument other than a predeclared one.
//
// yaegi v0.16.1 makes an instance of a generic function when a call needs
// it. Where that function calls another generic function with a value of
// its own type parameter (func Wrap[T any](x T) T { return Id(x) }), and
// the instance is made by an input after the one that declared it, with a
// type of the program's or of a compiled package (Wrap(P{1}),
// Wrap(time.Second)), it failed: "CFG post-order panic" for the call
// itself, a zero value ({0} for P{1}) or a run-time error that was not
// Go's ("index out of range [0] with length 0") for one in a function,
// which is a wrong answer; with int or string it runs. In a script the
// shell writes such code out for each type argument (lower_specialise.go),
// and it runs; at the prompt and in a :load the call is refused where it
// is made, naming the call inside that cannot be made, with the way
// around.
//
// A function is marked so (NameInfo.passesParam) when it is declared: a
// call in it of a generic function with a parameter or a result of a bare
// type parameter that is one of the caller's type parameters, or a
// pointer to one (Id(x), Id(&x), First(xs) returning a T; Map(xs, f)
// with xs []T, f func(T) U and a []U result, and Id(xs), are made as Go).
// An instance with a type argument other than a predeclared one (a
// time.Duration, a []int fail too) is refused.

// markParamPassing marks the segment's generic functions that pass a type
// parameter of theirs on as described above.
func (w *rewriter) markParamPassing() {
	info := w.info()
	if info == nil || w.mode == ModeScript {
		return
	}
	for fd, obj := range w.genericFuncs() {
		own := map[*types.TypeParam]bool{}
		for tp := range obj.Signature().TypeParams().TypeParams() {
			own[tp] = true
		}
		passes := ""
		ast.Inspect(fd.Body, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || passes != "" {
				return passes == ""
			}
			if id, callee := calleeInstance(info, call); id != nil && passesOwnParam(info, id, callee, own) {
				passes = fmt.Sprintf("%s (%s)", callee.Name(), w.src.Position(w.offset(call.Pos())))
			}
			return true
		})
		if passes == "" {
			continue
		}
		for i := range w.plan.Decls {
			if w.plan.Decls[i].Name == fd.Name.Name && w.plan.Decls[i].Info.Kind == kindFunc {
				w.plan.Decls[i].Info.passesParam = passes
			}
		}
	}
}

// calleeInstance returns the identifier naming call's callee and the
// generic function of the program's it instantiates, or nil.
func calleeInstance(info *types.Info, call *ast.CallExpr) (*ast.Ident, *types.Func) {
	fun := ast.Unparen(call.Fun)
	switch f := fun.(type) {
	case *ast.IndexExpr:
		fun = f.X
	case *ast.IndexListExpr:
		fun = f.X
	}
	id, ok := fun.(*ast.Ident)
	if !ok {
		return nil, nil
	}
	fn, ok := info.Uses[id].(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "main" || fn.Signature().TypeParams().Len() == 0 {
		return nil, nil
	}
	if _, ok := info.Instances[id]; !ok {
		return nil, nil
	}
	return id, fn
}

// passesOwnParam reports whether the instance at id of callee gives a
// parameter of callee's of a bare type parameter one of own, or a pointer
// to one.
func passesOwnParam(info *types.Info, id *ast.Ident, callee *types.Func, own map[*types.TypeParam]bool) bool {
	inst := info.Instances[id]
	for _, vars := range []*types.Tuple{callee.Signature().Params(), callee.Signature().Results()} {
		for v := range vars.Variables() {
			tp, ok := types.Unalias(v.Type()).(*types.TypeParam)
			if !ok || tp.Index() >= inst.TypeArgs.Len() {
				continue
			}
			arg := types.Unalias(inst.TypeArgs.At(tp.Index()))
			if p, ok := arg.(*types.Pointer); ok {
				arg = types.Unalias(p.Elem())
			}
			if a, ok := arg.(*types.TypeParam); ok && own[a] {
				return true
			}
		}
	}
	return false
}

// refuseParamPassing returns the error for the segment's first call that
// makes an instance of a marked function (markParamPassing: the session's
// or the segment's own) with a type argument other than a predeclared one.
func (w *rewriter) refuseParamPassing() error {
	info := w.info()
	if info == nil || w.mode == ModeScript {
		return nil
	}
	marked := func(name string) string {
		for _, d := range w.plan.Decls {
			if d.Name == name && d.Info.Kind == kindFunc {
				return d.Info.passesParam
			}
		}
		if n := w.fe.Names[name]; n != nil && n.Kind == kindFunc {
			return n.passesParam
		}
		return ""
	}
	for _, id := range slices.SortedFunc(maps.Keys(info.Instances), func(a, b *ast.Ident) int { return int(a.Pos() - b.Pos()) }) {
		fn, ok := info.Uses[id].(*types.Func)
		if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "main" || fn.Parent() != fn.Pkg().Scope() {
			continue
		}
		passes := marked(fn.Name())
		if passes == "" {
			continue
		}
		for a := range info.Instances[id].TypeArgs.Types() {
			if _, basic := types.Unalias(a).(*types.Basic); basic || hasTypeParam(a) {
				continue
			}
			return &Error{Pos: w.src.Position(w.offset(id.Pos())), Msg: fmt.Sprintf(
				"%s[%s] calls %s with its type parameter: the interpreter cannot make such an instance of generic code in a session with a type other than a predeclared one (at the prompt, or by :load: it crashed, or gave zero values); call it with int, string, float64..., or run the code as a script (asyncrepl FILE.go), where the shell writes it out for each type",
				fn.Name(), types.TypeString(a, w.qualifier()), passes)}
		}
	}
	return nil
}
