package frontend

import (
	"fmt"
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ast/inspector"
)

// Refused: a type parameter written as a conversion's type or as the one
// type argument of a generic function, where the program gives it a type
// that is not predeclared.
//
// yaegi v0.16.1 instantiates a generic function by copying its body with
// each type parameter replaced by a name of its argument (int, or
// main.Celsius, []int, time.Duration); where a conversion T(x) or an
// instantiation f[T] needs the type, it looks that name up in the scope,
// which finds only the predeclared types (and any). For any other argument the
// function failed to compile, at its call ("CFG post-order panic: runtime
// error: invalid memory address"). Where the segment's instantiations of
// the function (or of the method's type) are all known and one gives the
// type parameter such a type, the conversion or call is refused, naming
// it, with the way around; f[T](x) that lower_paraminfer.go leaves to the
// interpreter's inference is not refused, nor is a function of a script
// that only runs as copies written out for its type arguments
// (lower_specialise.go), or a method of a type written out so
// (lower_typecopy.go), where T is its argument's name.

// refuseParamNames refuses the conversions and instantiations described
// above.
func (w *rewriter) refuseParamNames(in *inspector.Inspector) error {
	info := w.info()
	if info == nil || w.mode != ModeScript {
		return nil
	}
	var err error
	typeParam := func(e ast.Expr) *types.TypeParam {
		for {
			p, ok := e.(*ast.ParenExpr)
			if !ok {
				break
			}
			e = p.X
		}
		if tv, ok := info.Types[e]; !ok || !tv.IsType() {
			return nil
		}
		tp, _ := types.Unalias(info.TypeOf(e)).(*types.TypeParam)
		return tp
	}
	in.Preorder([]ast.Node{(*ast.CallExpr)(nil), (*ast.IndexExpr)(nil)}, func(n ast.Node) {
		if err != nil || w.wholeSpecialised(n) || w.inWrittenOut(n) {
			return // only its copies run, with T's argument written out
		}
		switch n := n.(type) {
		case *ast.CallExpr:
			tp := paramConversion(info, n)
			if tp == nil {
				return
			}
			if a := w.unnamedParamArg(tp); a != nil {
				err = &Error{Pos: w.src.Position(w.offset(n.Pos())), Msg: fmt.Sprintf(
					"%s: a conversion to the type parameter %s, which the program instantiates with %s: the interpreter cannot convert to a type parameter whose type is not a predeclared one (int, string, ...); pass the conversion in as a function (conv func(%s) %s)",
					w.text(n), tp.Obj().Name(), typeString(a), typeString(info.TypeOf(n.Args[0])), tp.Obj().Name())}
			}
		case *ast.IndexExpr:
			tp := typeParam(n.Index)
			if tp == nil {
				return
			}
			id, _ := ast.Unparen(n.X).(*ast.Ident)
			if id == nil {
				return
			}
			fn, ok := info.Uses[id].(*types.Func)
			if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "main" {
				return
			}
			if inst, ok := info.Instances[id]; ok && w.inferredByInterpreter(fn, inst, w.callOf(in, n)) {
				return
			}
			if a := w.unnamedParamArg(tp); a != nil {
				err = &Error{Pos: w.src.Position(w.offset(n.Pos())), Msg: fmt.Sprintf(
					"%s: %s instantiated with the type parameter %s, which the program instantiates with %s: the interpreter cannot instantiate a generic function of one type parameter with a type parameter whose type is not a predeclared one (int, string, ...); give %s an argument of type %s to infer it from, as its first parameter that mentions %s",
					w.text(n), id.Name, tp.Obj().Name(), typeString(a), id.Name, tp.Obj().Name(), tp.Obj().Name())}
			}
		}
	})
	return err
}

// callOf returns the call expression whose function is x, or nil.
func (w *rewriter) callOf(in *inspector.Inspector, x ast.Expr) *ast.CallExpr {
	var call *ast.CallExpr
	in.Preorder([]ast.Node{(*ast.CallExpr)(nil)}, func(n ast.Node) {
		if c := n.(*ast.CallExpr); call == nil && ast.Unparen(c.Fun) == x {
			call = c
		}
	})
	return call
}

// typeString writes t as the program does, without the package main.
func typeString(t types.Type) string {
	return strings.ReplaceAll(types.TypeString(t, func(p *types.Package) string {
		if p.Path() == "main" {
			return ""
		}
		return p.Name()
	}), "main.", "")
}

// paramConversion returns the type parameter call converts a value to
// (T(x); not T(nil), which lower_typeparamlit.go writes), or nil.
func paramConversion(info *types.Info, call *ast.CallExpr) *types.TypeParam {
	if len(call.Args) != 1 || info.Types[call.Args[0]].IsNil() {
		return nil
	}
	tv, ok := info.Types[ast.Unparen(call.Fun)]
	if !ok || !tv.IsType() {
		return nil
	}
	tp, _ := types.Unalias(tv.Type).(*types.TypeParam)
	return tp
}

// unnamedParamArg returns the first argument the segment gives tp that
// the interpreter does not find by its name (one not predeclared), if all
// are known.
func (w *rewriter) unnamedParamArg(tp *types.TypeParam) types.Type {
	args, ok := w.paramArgs(tp)
	if !ok {
		return nil
	}
	for _, a := range args {
		if _, basic := types.Unalias(a).(*types.Basic); basic || a == types.Universe.Lookup("error").Type() {
			continue
		}
		if i, ok := types.Unalias(a).(*types.Interface); ok && i.Empty() {
			continue // any
		}
		return a
	}
	return nil
}
