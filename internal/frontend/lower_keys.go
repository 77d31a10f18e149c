package frontend

import (
	"fmt"
	"go/ast"
	"go/types"
	"strconv"

	"golang.org/x/tools/go/ast/inspector"
)

// Lowering: values of the program's types that compiled code compares.
//
// yaegi v0.16.1 hands compiled code a value of `type ctxKey string` as a
// string, and a value of a struct type as a value of an unnamed struct
// type of its fields, so compiled code that compares what it is given
// took the program's types for one another and for the types they are
// made of:
//
//	ctx = context.WithValue(ctx, ctxKey("user"), "bob")
//	ctx.Value("user")                   // "bob"; Go: nil
//	ctx.Value(bKey{})                   // found under aKey{} (both struct{})
//	m.Store(UserID(1), v); m.Load(1)    // found; Go: not (a sync.Map)
//	reflect.DeepEqual(ctxKey("a"), "a") // true; Go: false
//
// The pass gives such a key, where its static type is one of the
// program's (or mentions one: [2]P, struct{ k P }), as a compiled value
// that carries the type's name with the value (__repl.Key): two keys are
// equal when both are, so ctx.Value(ctxKey("user")) finds what
// WithValue(ctx, ctxKey("user"), ...) put in, and nothing else does.
//
//	context.WithValue(ctx, ctxKey("user"), v) -> context.WithValue(ctx, __repl.Key("main.ctxKey", ctxKey("user")), v)
//	ctx.Value(k)                              -> ctx.Value(__repl.Key("main.ctxKey", k))
//	m.Range(f)                                -> m.Range(__repl.RangeKeys(f))   (f gets the keys as put in)
//	reflect.DeepEqual(a, b)                   -> func(any, any) bool { return false }(a, b)
//	reflect.DeepEqual(a, b)                   -> __repl.DeepEqual(a, b)
//
// the first where a and b are of two different types, one of them the
// program's (DeepEqual of two values of different types is false); the
// second where a or b is an interface or holds one (an any, a []Shape, a
// struct with an error field): the interpreter holds a value of the
// program's with methods there as its own interface value, which
// DeepEqual compared by its node and address, so two equal values held
// apart were unequal. The
// keys are the first argument of context.WithValue, of Context.Value
// and of (*sync.Map)'s methods. A key whose static type is an interface
// or a type parameter may hold one of the program's types unboxed: it is
// refused where the interface may hold a type of the program's that the
// program puts in interfaces (lower_twineq.go).

// compiledKeyArgs are the functions and methods of compiled packages that
// compare some of their arguments with values given them before, by the
// function's name (package path, receiver type, name), with the indexes of
// those arguments.
var compiledKeyArgs = map[string][]int{
	"context.WithValue":         {1},
	"context.Context.Value":     {0},
	"sync.Map.Load":             {0},
	"sync.Map.Store":            {0},
	"sync.Map.LoadOrStore":      {0},
	"sync.Map.LoadAndDelete":    {0},
	"sync.Map.Delete":           {0},
	"sync.Map.Swap":             {0},
	"sync.Map.CompareAndSwap":   {0},
	"sync.Map.CompareAndDelete": {0},
}

// funcName is fn's key in compiledKeyArgs.
func funcName(fn *types.Func) string {
	if fn.Pkg() == nil {
		return fn.Name()
	}
	name := fn.Pkg().Path() + "." + fn.Name()
	if r := fn.Signature().Recv(); r != nil {
		t := r.Type()
		if p, ok := t.(*types.Pointer); ok {
			t = p.Elem()
		}
		if n, ok := types.Unalias(t).(*types.Named); ok {
			name = fn.Pkg().Path() + "." + n.Obj().Name() + "." + fn.Name()
		}
	}
	return name
}

// keyed reports whether a key of static type t goes as a __repl.Key.
func keyed(t types.Type) bool {
	if t == nil || types.IsInterface(t) || hasTypeParam(t) || !userish(t) || !types.Comparable(t) {
		return false
	}
	switch t.Underlying().(type) {
	case *types.Pointer, *types.Chan:
		return false // compared by identity
	}
	return true
}

// keyName names the type t for __repl.Key: as reflect names it, and for a
// type declared inside a function, where (two such types may have one
// name).
func keyName(t types.Type) string {
	name := reflectString(t)
	walkType(t, func(t types.Type) bool {
		if n, ok := types.Unalias(t).(*types.Named); ok && n.Obj().Pkg() != nil && n.Obj().Parent() != n.Obj().Pkg().Scope() {
			name += "\x00" + strconv.Itoa(int(n.Obj().Pos()))
		}
		return true
	})
	return name
}

// keyCall returns the start of the call making the key of a value of type
// t: __repl.Key, or, for a type with a String method that is no struct,
// which the interpreter holds as its representation, without the method,
// __repl.KeyStringer, which says a context's String cannot call it (see
// hostrt's contextValueText).
func keyCall(t types.Type) string {
	f := "Key"
	if !isStructType(t) && types.NewMethodSet(t).Lookup(nil, "String") != nil {
		f = "KeyStringer"
	}
	return fmt.Sprintf("%s.%s(%q, ", HelperPkg, f, keyName(t))
}

// lowerCompiledKeys rewrites the keys given to compiled code, as the doc
// above says.
func (w *rewriter) lowerCompiledKeys(in *inspector.Inspector) {
	info := w.info()
	in.Preorder([]ast.Node{(*ast.CallExpr)(nil)}, func(n ast.Node) {
		call := n.(*ast.CallExpr)
		fn, ok := calledFunc(info, call.Fun).(*types.Func)
		if !ok || fn.Pkg() == nil || call.Ellipsis.IsValid() {
			return
		}
		name := funcName(fn)
		switch {
		case name == "sync.Map.Range" && len(call.Args) == 1:
			w.wrap(call.Args[0], HelperPkg+".RangeKeys(", ")")
			return
		case name == "reflect.DeepEqual" && len(call.Args) == 2:
			x, y := types.Default(info.TypeOf(call.Args[0])), types.Default(info.TypeOf(call.Args[1]))
			if x == nil || y == nil || info.Types[call.Args[0]].IsNil() || info.Types[call.Args[1]].IsNil() {
				return
			}
			if interfaceOf(x) == nil && interfaceOf(y) == nil && !types.Identical(x, y) && (userish(x) || userish(y)) {
				w.add(w.offset(call.Fun.Pos()), w.offset(call.Fun.End()), "func(any, any) bool { return false }", 0)
				return
			}
			if reachesIface(x) || reachesIface(y) {
				// Values that hold interfaces, which the interpreter
				// holds as its own interface values: compared by their
				// dynamic types and values (see hostrt's deepequal.go).
				w.add(w.offset(call.Fun.Pos()), w.offset(call.Fun.End()), HelperPkg+".DeepEqual", 0)
			}
			return
		}
		for _, i := range compiledKeyArgs[name] {
			if i >= len(call.Args) {
				continue
			}
			a := call.Args[i]
			t := info.TypeOf(a)
			if !keyed(t) {
				continue
			}
			if v := w.keyVar(a, t); v != "" {
				// Before the constant's own replacement (prio -2), after
				// the insertions before it.
				w.add(w.offset(a.Pos()), w.offset(a.End()), v, -3)
				continue
			}
			w.wrap(a, keyCall(t), ")")
		}
	})
}

// wrap writes prefix before e and suffix after it.
func (w *rewriter) wrap(e ast.Node, prefix, suffix string) {
	w.wrapArg(e, prefix, -5)
	w.add(w.offset(e.End()), w.offset(e.End()), suffix, 5)
}

// keyVar returns the name of a package-level variable holding the key
// for a, of type t, when a is a constant or an empty struct's literal of
// a package-level type ("" when not): the key is made once, and a lookup
// costs what it cost before (a call of the host runtime from interpreted
// code costs more than the lookup).
func (w *rewriter) keyVar(a ast.Expr, t types.Type) string {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Parent() != n.Obj().Pkg().Scope() || n.TypeArgs().Len() > 0 {
		return ""
	}
	src, ok := w.typeSource(t, a.Pos())
	if !ok {
		return ""
	}
	var text string
	if tv := w.info().Types[a]; tv.Value != nil {
		text = src + "(" + constText(tv.Value, nil) + ")"
	} else if lit, ok := ast.Unparen(a).(*ast.CompositeLit); ok && len(lit.Elts) == 0 {
		if s, ok := t.Underlying().(*types.Struct); !ok || s.NumFields() > 0 {
			return ""
		}
		text = src + "{}"
	} else {
		return ""
	}
	if name := w.keyVars[text]; name != "" {
		return name
	}
	if w.keyVars == nil {
		w.keyVars = map[string]string{}
	}
	name := w.tmpName("repl_key")
	w.keyVars[text] = name
	w.IfaceCopyDecls += fmt.Sprintf("\nvar %s = %s%s)\n", name, keyCall(t), text)
	return name
}
