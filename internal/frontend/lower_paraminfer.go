package frontend

import (
	"go/ast"
	"go/types"
)

// Lowering: a call of a generic function of one type parameter whose type
// argument is a type parameter of the calling function, left to the
// interpreter's inference.
//
// yaegi v0.16.1 instantiates f[T](x), in the body of a generic function,
// only when it finds T's argument by its name in the scope; the argument
// of a type the program declares is named main.Celsius there, which it
// does not find, so the call was never compiled and the program was
// refused ("CFG post-order panic: runtime error: invalid memory address",
// or a nil pointer when it ran). Called as f(x), yaegi infers T from x's
// type, which it holds whatever its name, and instantiates the function
// right. lower_infer.go writes out every other instantiation; this pass
// leaves out (or removes) the type argument of such a call where yaegi's
// inference finds exactly go/types' answer: it takes the type of the
// argument of the first parameter (of the declaration's fields, in order)
// whose type mentions the type parameter, where it looks through pointers,
// slices, maps, channels and function types, so that argument's type must
// be the parameter's type with T's argument in place, and typed. It works
// on scripts and loaded files (:load), which hold the called function's
// declaration; at the prompt the type arguments are written out.
//
//	func Avg[T Number](xs []T) T { return Sum[T](xs) / T(len(xs)) }
//	  ->  func Avg[T Number](xs []T) T { return Sum(xs) / T(len(xs)) }
//
// A call that gives yaegi nothing to infer from (Zero[T]()) is left as it
// is, and fails in the interpreter's words when T's argument is a type the
// program declares; in a method of a generic type that a script
// instantiates with such a type, the type is written out per instance
// instead (lower_typecopy.go).
//
// So is a call of a function of the standard library that the prelude
// stands in for, where the type parameter is the whole type of a
// parameter (cmp.Compare(a, b) in a method of a Tree[K] instantiated with
// a type Word the program declares: __cmp_Compare[K](a, b) failed to
// compile, and the interpreter dropped the methods of Tree[Word] after
// it; __cmp_Compare(a, b) runs).

// inferredByInterpreter reports whether the call of the generic function
// fn, instantiated as inst, is one the pass leaves to the interpreter's
// inference: call is its call expression, or nil when fn is not called.
func (w *rewriter) inferredByInterpreter(fn *types.Func, inst types.Instance, call *ast.CallExpr) bool {
	info := w.info()
	if call != nil && w.mode != ModeInput && fn.Pkg() != nil && fn.Pkg().Path() != "main" {
		return w.preludeInferred(fn, inst, call)
	}
	if call == nil || w.mode == ModeInput || fn.Pkg() == nil || fn.Pkg().Path() != "main" || inst.TypeArgs.Len() != 1 || call.Ellipsis.IsValid() {
		return false
	}
	if _, ok := inst.TypeArgs.At(0).(*types.TypeParam); !ok {
		return false
	}
	decl := w.funcDecl(fn)
	if decl == nil || decl.Recv != nil || decl.Type.TypeParams == nil || decl.Type.TypeParams.NumFields() != 1 {
		return false
	}
	tp := info.Defs[decl.Type.TypeParams.List[0].Names[0]]
	sig, ok := inst.Type.(*types.Signature)
	if !ok || len(call.Args) != sig.Params().Len() {
		return false
	}
	// yaegi pairs the i-th field of the declaration (a, b T is one) with
	// the i-th argument: that argument's type must be the field's.
	param := 0
	for i, field := range decl.Type.Params.List {
		first := param
		param += max(len(field.Names), 1)
		switch mentions(info, field.Type, tp) {
		case mentionNone:
			continue
		case mentionHidden:
			return false
		}
		if _, variadic := field.Type.(*ast.Ellipsis); variadic {
			return false
		}
		return argIsParam(info, call, i, sig, first)
	}
	return false
}

type mention int

const (
	mentionNone   mention = iota // the type does not mention the type parameter
	mentionFound                 // yaegi's inference finds it
	mentionHidden                // it is where yaegi's inference does not look
)

// mentions reports whether and how the type expression e mentions the type
// parameter tp, in the order yaegi's inference walks it.
func mentions(info *types.Info, e ast.Expr, tp types.Object) mention {
	switch e := e.(type) {
	case *ast.Ident:
		if info.Uses[e] == tp {
			return mentionFound
		}
		return mentionNone
	case *ast.ParenExpr:
		return mentions(info, e.X, tp)
	case *ast.StarExpr:
		return mentions(info, e.X, tp)
	case *ast.ArrayType:
		if e.Len != nil {
			break
		}
		return mentions(info, e.Elt, tp)
	case *ast.ChanType:
		return mentions(info, e.Value, tp)
	case *ast.MapType:
		if m := mentions(info, e.Key, tp); m != mentionNone {
			return m
		}
		return mentions(info, e.Value, tp)
	case *ast.FuncType:
		var fields []*ast.Field
		fields = append(fields, e.Params.List...)
		if e.Results != nil {
			fields = append(fields, e.Results.List...)
		}
		for _, f := range fields {
			n := max(len(f.Names), 1)
			if n > 1 {
				// yaegi pairs the parameters of a function type one by
				// one, as written.
				if mentions(info, f.Type, tp) != mentionNone {
					return mentionHidden
				}
				continue
			}
			if _, variadic := f.Type.(*ast.Ellipsis); variadic {
				if mentions(info, f.Type.(*ast.Ellipsis).Elt, tp) != mentionNone {
					return mentionHidden
				}
				continue
			}
			if m := mentions(info, f.Type, tp); m != mentionNone {
				return m
			}
		}
		return mentionNone
	}
	if t := info.TypeOf(e); t != nil && !hasTypeParam(t) {
		return mentionNone
	}
	return mentionHidden
}

// preludeInferred is inferredByInterpreter for a function of the standard
// library with a stand-in in the prelude (cmp.Compare[K](a, b) in a
// method of a Tree[K], instantiated with a type the program declares),
// where the type parameter is the whole type of the parameters the
// interpreter infers it from.
func (w *rewriter) preludeInferred(fn *types.Func, inst types.Instance, call *ast.CallExpr) bool {
	info := w.info()
	if inst.TypeArgs.Len() != 1 || call.Ellipsis.IsValid() {
		return false
	}
	if _, ok := inst.TypeArgs.At(0).(*types.TypeParam); !ok {
		return false
	}
	d := prelude()[preludeName(fn.Pkg(), fn.Name())]
	if d == nil || d.fn == nil || d.fn.Type.TypeParams == nil || d.fn.Type.TypeParams.NumFields() != 1 || len(d.fn.Type.TypeParams.List[0].Names) != 1 {
		return false
	}
	tp := d.fn.Type.TypeParams.List[0].Names[0].Name
	sig, ok := inst.Type.(*types.Signature)
	if !ok || len(call.Args) != sig.Params().Len() {
		return false
	}
	param := 0
	for i, field := range d.fn.Type.Params.List {
		first := param
		param += max(len(field.Names), 1)
		named := false
		ast.Inspect(field.Type, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok && id.Name == tp {
				named = true
			}
			return !named
		})
		if !named {
			continue
		}
		if id, ok := field.Type.(*ast.Ident); !ok || id.Name != tp {
			return false // a type made of it: left written out
		}
		return argIsParam(info, call, i, sig, first)
	}
	return false
}

// argIsParam reports whether the i-th argument of call is of exactly the
// type of sig's p-th parameter, from which yaegi infers the type
// parameter: an untyped constant is not (yaegi would infer its default
// type).
func argIsParam(info *types.Info, call *ast.CallExpr, i int, sig *types.Signature, p int) bool {
	if i >= len(call.Args) {
		return false
	}
	at := info.TypeOf(call.Args[i])
	if at == nil {
		return false
	}
	if b, ok := at.(*types.Basic); ok && b.Info()&types.IsUntyped != 0 {
		return false
	}
	return types.Identical(at, sig.Params().At(p).Type())
}
