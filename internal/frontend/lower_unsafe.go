package frontend

import (
	"go/ast"
	"go/types"
	"runtime"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/ast/inspector"
)

// The package unsafe.
//
// The interpreter keeps the program's values in Go's memory layout where
// the program's types are made of numbers, strings, arrays, structs,
// pointers, slices, maps and channels (a struct is a reflect.StructOf type
// with the same fields in the same order; a defined type is its underlying
// type), and compiled types are Go's own. Its interfaces and funcs are not
// Go's: an interface is the interpreter's box of a node and a
// reflect.Value, a func a node it wraps. So unsafe.Pointer runs, with
// yaegi's conversions, where the memory it reaches is laid out as Go's,
// and is refused where it is not. The size functions are compile-time
// constants, which go/types computes with the compiler's sizes for this
// platform, but of a type that has a type parameter: those, and the
// functions the interpreter lacks, are the host's (the sizes of Go's
// layout of the instantiation, an interface two words):
//
//	unsafe.Sizeof(x)      ->  uintptr(8)
//	unsafe.Offsetof(s.f)  ->  uintptr(16)
//	unsafe.Pointer(u)     ->  unsafe.Pointer(__repl.UnsafeAddr(u))  (u a uintptr)
//	unsafe.Add(p, n)      ->  __repl.UnsafeAdd(p, int(n))
//	unsafe.String(p, n)   ->  __repl.UnsafeString(p, int(n))
//	unsafe.StringData(s)  ->  __repl.UnsafeStringData(s)
//	unsafe.Slice(p, n)    ->  __repl.UnsafeSlice(p, int(n)).([]T)
//	unsafe.SliceData(s)   ->  __repl.UnsafeSliceData(s).(*T)
//
// and, t of a type T and g of G[T] that have a type parameter (1 is the
// path of field indices to f):
//
//	unsafe.Sizeof(t)      ->  __repl.UnsafeSizeof(func() *T { var v T; return &v }())
//	unsafe.Offsetof(g.f)  ->  __repl.UnsafeOffsetof(func() *G[T] { ... }(), 1)
//
// Refused, with the position and the part of the type at fault:
//   - a conversion between unsafe.Pointer and a pointer whose memory holds
//     an interface or a func (in its own memory or behind its pointers,
//     slices, maps and channels), a type parameter, which an instantiation
//     could make either, or a blank field, which the interpreter keeps as a
//     field == and map keys compare (a write through unsafe would change
//     Go's answers); and unsafe.Slice and SliceData of such elements;
//   - a string's header read as other memory in one expression,
//     (*uintptr)(unsafe.Pointer(&s)): the interpreter's slicing leaves an
//     empty string it cuts at the end of another without a data pointer,
//     where Go's points into the string (the same string at the same
//     offset, as in two structs of one layout, is fine).
//
// An address below 4 KiB but 0, made from a uintptr or by Add, panics: Go's
// runtime dies of one it finds on a goroutine's stack as the stack grows,
// and the interpreter passes every value through its frames and
// reflection's, where a compiled program seldom holds one there.
//
// Not seen: an unsafe.Pointer that reflection makes (Value.UnsafePointer,
// Pointer, UnsafeAddr) of an interpreted value whose memory holds an
// interface; the type of a reflect.Value is not the front end's to know.
//
// The rest is as unsafe as in Go and keeps Go's rules: a pointer made from
// a uintptr, or moved by Add, is valid only where Go's unsafe.Pointer
// rules make it so, and memory past an object is not a compiled program's
// neighbour. A process that faults dies as Go's would, and the shell
// starts a new session (repl/crash.go).

// lowerUnsafe writes out the constant calls of unsafe, lowers its
// functions and refuses what the interpreter's layout would answer wrongly.
func (w *rewriter) lowerUnsafe(in *inspector.Inspector) error {
	info := w.info()
	var err error
	lowered := func() {
		if w.loweredUses == nil {
			w.loweredUses = map[string]int{}
		}
		w.loweredUses["unsafe"]++
	}
	in.WithStack([]ast.Node{(*ast.SelectorExpr)(nil), (*ast.CallExpr)(nil)}, func(n ast.Node, push bool, stack []ast.Node) bool {
		if !push || err != nil {
			return err == nil
		}
		if call, ok := n.(*ast.CallExpr); ok {
			err = w.unsafeConversion(info, call)
			return err == nil
		}
		sel := n.(*ast.SelectorExpr)
		id, ok := sel.X.(*ast.Ident)
		if !ok {
			return true
		}
		pn, ok := info.Uses[id].(*types.PkgName)
		if !ok || pn.Imported().Path() != "unsafe" {
			return true
		}
		var call *ast.CallExpr
		if len(stack) >= 2 {
			if c, ok := stack[len(stack)-2].(*ast.CallExpr); ok && c.Fun == sel {
				call = c
			}
		}
		if call == nil {
			return true // unsafe.Pointer as a type
		}
		if tv, ok := info.Types[call]; ok && tv.Value != nil {
			w.add(w.offset(call.Pos()), w.offset(call.End()), "uintptr("+tv.Value.ExactString()+")", -20)
			lowered()
			return false
		}
		at := w.src.Position(w.offset(sel.Pos()))
		switch sel.Sel.Name {
		case "Sizeof", "Alignof":
			// Of a type that has a type parameter: no constant.
			w.add(w.offset(call.Pos()), w.offset(call.End()), HelperPkg+".Unsafe"+sel.Sel.Name+"("+w.newZero(info.TypeOf(call.Args[0]))+")", 0)
			lowered()
			return false
		case "Offsetof":
			f, ok := ast.Unparen(call.Args[0]).(*ast.SelectorExpr)
			s, ok2 := info.Selections[f]
			if !ok || !ok2 {
				return true
			}
			base := info.TypeOf(f.X)
			if p, ok := base.Underlying().(*types.Pointer); ok {
				base = p.Elem()
			}
			text := HelperPkg + ".UnsafeOffsetof(" + w.newZero(base)
			for _, i := range s.Index() {
				text += ", " + strconv.Itoa(i)
			}
			w.add(w.offset(call.Pos()), w.offset(call.End()), text+")", 0)
			lowered()
			return false
		case "Add", "String", "StringData":
			w.add(w.offset(sel.Pos()), w.offset(sel.End()), HelperPkg+".Unsafe"+sel.Sel.Name, 0)
			if len(call.Args) == 2 {
				w.unsafeInt(info, call.Args[1])
			}
			lowered()
		case "Slice", "SliceData":
			var elem types.Type
			switch t := info.TypeOf(call).Underlying().(type) {
			case *types.Slice:
				elem = t.Elem()
			case *types.Pointer:
				elem = t.Elem()
			}
			if what := layoutMismatch(elem, map[types.Type]bool{}); what != "" {
				err = &Error{Pos: at, Msg: w.text(sel) + " of " + types.TypeString(elem, w.qualifier()) + " elements: their memory holds " + what + layoutWhy(what)}
				return false
			}
			w.add(w.offset(sel.Pos()), w.offset(sel.End()), HelperPkg+".Unsafe"+sel.Sel.Name, 0)
			if len(call.Args) == 2 {
				w.unsafeInt(info, call.Args[1])
			}
			w.add(w.offset(call.End()), w.offset(call.End()), ".("+types.TypeString(info.TypeOf(call), w.qualifier())+")", 20)
			lowered()
		}
		return true
	})
	return err
}

// newZero returns an expression of a pointer to a new zero value of type t,
// which has a type parameter: a function literal's variable, as yaegi
// fails on new of an instance of a generic type in generic code.
func (w *rewriter) newZero(t types.Type) string {
	text := types.TypeString(t, w.qualifier())
	return "func() *" + text + " { var v " + text + "; return &v }()"
}

// unsafeLayoutWhy ends the message of a refused use of unsafe whose memory
// the interpreter lays out differently from Go.
const unsafeLayoutWhy = ", which the interpreter lays out differently from Go (an interface as its box of a node and a reflect.Value, a func as a node it wraps), so memory seen through unsafe would not be Go's"

// layoutWhy ends the message of a refused use of unsafe whose memory holds
// what: why the interpreter's layout differs (a blank field says its own).
func layoutWhy(what string) string {
	if strings.HasPrefix(what, "a blank field") {
		return ""
	}
	return unsafeLayoutWhy
}

// unsafeInt converts the length or offset n of an unsafe function to int,
// the type of the interpreter's parameter, where it has another type.
func (w *rewriter) unsafeInt(info *types.Info, n ast.Expr) {
	if b, ok := info.TypeOf(n).Underlying().(*types.Basic); ok && (b.Kind() == types.Int || b.Info()&types.IsUntyped != 0) {
		return
	}
	w.wrapArg(n, "int(", -70) // before a rewrite of n
	w.add(w.offset(n.End()), w.offset(n.End()), ")", 3)
}

// unsafeConversion refuses a conversion between unsafe.Pointer and a
// pointer to memory the interpreter lays out differently from Go, and a
// string's memory read as another type.
func (w *rewriter) unsafeConversion(info *types.Info, call *ast.CallExpr) error {
	if len(call.Args) != 1 || !info.Types[call.Fun].IsType() {
		return nil
	}
	to, from := info.TypeOf(call), info.TypeOf(call.Args[0])
	if to == nil || from == nil {
		return nil
	}
	if b, ok := from.Underlying().(*types.Basic); ok && b.Kind() == types.Uintptr && isUnsafePointer(to) {
		// unsafe.Pointer(u): no address below 4 KiB (hostrt.unsafeAddr).
		w.add(w.offset(call.Args[0].Pos()), w.offset(call.Args[0].Pos()), HelperPkg+".UnsafeAddr(", -70) // before a rewrite of the operand
		w.add(w.offset(call.Args[0].End()), w.offset(call.Args[0].End()), ")", 3)
		return nil
	}
	var pointee types.Type
	switch {
	case isUnsafePointer(to):
		if p, ok := from.Underlying().(*types.Pointer); ok {
			pointee = p.Elem()
		}
	case isUnsafePointer(from):
		if p, ok := to.Underlying().(*types.Pointer); ok {
			pointee = p.Elem()
		}
	}
	if pointee == nil {
		return nil
	}
	at := w.src.Position(w.offset(call.Pos()))
	if what := layoutMismatch(pointee, map[types.Type]bool{}); what != "" {
		return &Error{Pos: at, Msg: w.text(call.Fun) + " conversion of a *" + types.TypeString(pointee, w.qualifier()) + ": its memory holds " + what + layoutWhy(what)}
	}
	// (*T)(unsafe.Pointer(&s)): the memory of s as a T.
	inner, ok := ast.Unparen(call.Args[0]).(*ast.CallExpr)
	if !ok || !isUnsafePointer(from) || len(inner.Args) != 1 || !info.Types[inner.Fun].IsType() {
		return nil
	}
	p, ok := info.TypeOf(inner.Args[0]).Underlying().(*types.Pointer)
	if !ok || types.Identical(p.Elem().Underlying(), pointee.Underlying()) {
		return nil
	}
	sizes := types.SizesFor("gc", runtime.GOARCH)
	var src, dst []int64
	if !stringOffsets(sizes, p.Elem(), 0, &src) || !stringOffsets(sizes, pointee, 0, &dst) {
		src, dst = []int64{0}, nil // too many to list: as a mismatch
	}
	size := sizes.Sizeof(pointee)
	for _, off := range src {
		if off < size && !slices.Contains(dst, off) {
			return &Error{Pos: at, Msg: w.text(call.Fun) + " conversion of a *" + types.TypeString(p.Elem(), w.qualifier()) + " read as " + types.TypeString(pointee, w.qualifier()) + ": a string's header read as other memory, and the interpreter's slicing leaves an empty string it cuts at the end of another without a data pointer, where Go's points into the string"}
		}
	}
	return nil
}

func isUnsafePointer(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Kind() == types.UnsafePointer
}

// layoutMismatch says what of the memory a value of type t reaches (through
// fields, elements, pointers, maps and channels) the interpreter lays out
// differently from Go: an interface, a func, or a type parameter, which
// could be either; "" if nothing. A type of a compiled package is Go's.
func layoutMismatch(t types.Type, seen map[types.Type]bool) string {
	if t == nil || seen[t] {
		return ""
	}
	seen[t] = true
	switch u := types.Unalias(t).(type) {
	case *types.TypeParam:
		return "a type parameter (" + u.Obj().Name() + "), which an instantiation could make an interface or a func"
	case *types.Named:
		if types.IsInterface(u) {
			return "an interface (" + u.Obj().Name() + ")"
		}
		if pkg := u.Obj().Pkg(); pkg != nil && pkg.Path() != "main" && u.TypeArgs().Len() == 0 {
			return "" // compiled: Go's own layout
		}
		return layoutMismatch(u.Underlying(), seen)
	case *types.Interface:
		return "an interface (" + u.String() + ")"
	case *types.Signature:
		return "a func (" + u.String() + ")"
	case *types.Pointer:
		return layoutMismatch(u.Elem(), seen)
	case *types.Slice:
		return layoutMismatch(u.Elem(), seen)
	case *types.Array:
		return layoutMismatch(u.Elem(), seen)
	case *types.Chan:
		return layoutMismatch(u.Elem(), seen)
	case *types.Map:
		if what := layoutMismatch(u.Key(), seen); what != "" {
			return what
		}
		return layoutMismatch(u.Elem(), seen)
	case *types.Struct:
		for f := range u.Fields() {
			if f.Name() == "_" {
				return "a blank field (_), which the interpreter keeps as a field that == and map keys compare, where Go's skip it"
			}
			if what := layoutMismatch(f.Type(), seen); what != "" {
				return what + " in field " + f.Name()
			}
		}
	}
	return ""
}

// stringOffsets adds to offs the offsets of the strings a value of type t
// at offset base holds in its own memory (not behind a pointer); false if
// there are too many to list.
func stringOffsets(sizes types.Sizes, t types.Type, base int64, offs *[]int64) bool {
	if len(*offs) > 1024 {
		return false
	}
	switch u := t.Underlying().(type) {
	case *types.Basic:
		if u.Info()&types.IsString != 0 {
			*offs = append(*offs, base)
		}
	case *types.Array:
		elem := sizes.Sizeof(u.Elem())
		for i := int64(0); i < u.Len(); i++ {
			n := len(*offs)
			if !stringOffsets(sizes, u.Elem(), base+i*elem, offs) {
				return false
			}
			if len(*offs) == n {
				break // no strings in the element
			}
		}
	case *types.Struct:
		var fields []*types.Var
		for f := range u.Fields() {
			fields = append(fields, f)
		}
		for i, off := range sizes.Offsetsof(fields) {
			if !stringOffsets(sizes, fields[i].Type(), base+off, offs) {
				return false
			}
		}
	}
	return true
}
