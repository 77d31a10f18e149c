package frontend

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
)

// Lowering: a float converted to an integer type narrower than 64 bits.
//
// Out of range, Go's result is the implementation's, and a program run
// with go run gets its compiler's: int32(3e9) is -2147483648 on amd64,
// int16 and int8 of it 0. yaegi v0.16.1 converts through int64 and
// truncates (-1294967296, 24064). The conversion goes to a compiled
// function that converts as the compiled program does:
//
//	int32(f)     ->  int32(__repl.FloatToInt32(float64(f)))
//	Level(f)     ->  Level(__repl.FloatToUint8(float64(f)))   (type Level uint8)
//
// A constant is converted by the type check (lower_constval.go).

// floatConvHelpers are the helpers by the target's kind.
var floatConvHelpers = map[types.BasicKind]string{
	types.Int8:   "FloatToInt8",
	types.Int16:  "FloatToInt16",
	types.Int32:  "FloatToInt32",
	types.Uint8:  "FloatToUint8",
	types.Uint16: "FloatToUint16",
	types.Uint32: "FloatToUint32",
}

// lowerFloatConversions rewrites the conversions described above.
func (w *rewriter) lowerFloatConversions(in *inspector.Inspector) {
	info := w.info()
	w.typeConversions(in, func(call *ast.CallExpr, _ types.Type) {
		arg := call.Args[0]
		if tv := info.Types[arg]; tv.Value != nil || tv.Type == nil {
			return
		}
		from, ok := info.TypeOf(arg).Underlying().(*types.Basic)
		if !ok || from.Info()&types.IsFloat == 0 || from.Info()&types.IsUntyped != 0 {
			return
		}
		to, ok := info.TypeOf(call).Underlying().(*types.Basic)
		if !ok {
			return
		}
		helper, ok := floatConvHelpers[to.Kind()]
		if !ok {
			return
		}
		w.wrapArg(arg, HelperPkg+"."+helper+"(float64(", -4)
		w.add(w.offset(arg.End()), w.offset(arg.End()), "))", 4)
	})
}

// typeConversions calls f with each conversion to a type (T(x), not a
// call), and the type, of the code in.
func (w *rewriter) typeConversions(in *inspector.Inspector, f func(call *ast.CallExpr, to types.Type)) {
	info := w.info()
	if info == nil {
		return
	}
	in.Preorder([]ast.Node{(*ast.CallExpr)(nil)}, func(n ast.Node) {
		call := n.(*ast.CallExpr)
		if len(call.Args) != 1 || call.Ellipsis.IsValid() {
			return
		}
		if tv, ok := info.Types[call.Fun]; ok && tv.IsType() {
			f(call, tv.Type)
		}
	})
}
