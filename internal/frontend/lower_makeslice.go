package frontend

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/types"
	"runtime"

	"golang.org/x/tools/go/ast/inspector"
)

// Lowering: make of a slice too long to allocate.
//
// Go panics with "runtime error: makeslice: len out of range" (or "cap
// out of range") when the length (or capacity) of make([]T, n) is negative
// or the slice would take more memory than can be allocated. yaegi v0.16.1
// makes the slice with reflection, which panics "runtime: allocation size
// out of range" for a size too large, saying neither which nor in Go's
// words. Where the type checker sees make of a slice with a length or
// capacity that is not a constant (or a constant too large to take for
// granted), each goes through a call that returns
// it as an int and panics as Go's runtime does (the length is checked
// before the capacity, as Go does):
//
//	make([]int, n)     ->  make([]int, __repl.MakeLen(int64(n), 8))
//	make([]T, 0, u)    ->  make([]T, 0, __repl.MakeCapU(uint64(u), 24))
//
// append(s, make([]T, n)...), which Go's compiler turns into growing s,
// panics as growing does: "growslice: len out of range" (GrowLen).
//
// (The third number is the size of an element; a length above the
// capacity is left to the interpreter, whose panic the session translates.)
// With a constant capacity of at most 64 KiB, Go's compiler makes the
// slice on the stack and checks only that the length is within it: a
// length too large is "cap out of range", as the interpreter's panic
// translates, so the length is left alone.

// maxConstSlice is the size of a slice of constant length or capacity
// above which that is checked as a variable's is.
const maxConstSlice = 1 << 32

// maxStackSlice is the size of the largest slice of constant capacity Go's
// compiler makes on the stack.
const maxStackSlice = 64 << 10

// lowerMakeSlices wraps the sizes described above.
func (w *rewriter) lowerMakeSlices(in *inspector.Inspector) {
	info := w.info()
	sizes := types.SizesFor("gc", runtime.GOARCH)
	in.WithStack([]ast.Node{(*ast.CallExpr)(nil)}, func(n ast.Node, push bool, stack []ast.Node) bool {
		if !push {
			return true
		}
		call := n.(*ast.CallExpr)
		grow := false
		if len(stack) >= 2 {
			if a, ok := stack[len(stack)-2].(*ast.CallExpr); ok && a.Ellipsis.IsValid() && len(a.Args) == 2 && a.Args[1] == n && len(call.Args) == 2 {
				if id, ok := ast.Unparen(a.Fun).(*ast.Ident); ok {
					if b, ok := info.Uses[id].(*types.Builtin); ok && b.Name() == "append" {
						grow = true
					}
				}
			}
		}
		id, ok := ast.Unparen(call.Fun).(*ast.Ident)
		if !ok || len(call.Args) < 2 {
			return true
		}
		if b, ok := info.Uses[id].(*types.Builtin); !ok || b.Name() != "make" {
			return true
		}
		t := info.TypeOf(call.Args[0])
		if t == nil {
			return true
		}
		sl, ok := t.Underlying().(*types.Slice)
		if !ok || hasTypeParam(sl.Elem()) {
			return true
		}
		size := sizes.Sizeof(sl.Elem())
		small := false
		if len(call.Args) == 3 {
			if tv, ok := info.Types[call.Args[2]]; ok && tv.Value != nil {
				if c, exact := constant.Int64Val(tv.Value); exact && c*size <= maxStackSlice {
					small = true
				}
			}
		}
		for i, arg := range call.Args[1:] {
			if i == 0 && small {
				continue
			}
			tv, ok := info.Types[arg]
			if !ok || tv.Type == nil {
				continue
			}
			if tv.Value != nil {
				// A constant: checked only where it may be too large
				// (make([]byte, 1<<49)).
				if c, exact := constant.Int64Val(tv.Value); exact && (size == 0 || c <= maxConstSlice/size) {
					continue
				}
			}
			b, ok := tv.Type.Underlying().(*types.Basic)
			if !ok || b.Info()&types.IsInteger == 0 {
				continue
			}
			fn, conv := "MakeLen", "int64("
			if i == 1 {
				fn = "MakeCap"
			} else if grow {
				fn = "GrowLen"
			}
			if b.Info()&types.IsUnsigned != 0 {
				fn, conv = fn+"U", "uint64("
			}
			end := w.offset(arg.End())
			w.wrapArg(arg, HelperPkg+"."+fn+"("+conv, -4)
			w.add(end, end, fmt.Sprintf("), %d)", size), 4)
		}
		return true
	})
}
