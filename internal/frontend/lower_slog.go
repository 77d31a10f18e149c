package frontend

import (
	"go/ast"
	"go/types"
)

// Lowering: values of the program's types handed to log/slog.
//
// yaegi v0.16.1 hands a value of an interpreted type to a compiled `any`
// parameter without its methods (see lower_fmt.go), so log/slog never
// found a LogValue method of the program's types: a Secret whose
// LogValue says REDACTED was logged as its value (pw=hunter2). An
// argument of a log/slog function or method (Info, Logger.With, Any,
// AnyValue, Group, ...) passed as any whose static type is the program's
// and implements slog.LogValuer goes through __repl.AsLogValuer, whose
// parameter of type slog.LogValuer makes the interpreter wrap it with its
// LogValue method, which slog then calls:
//
//	slog.Info("login", "pw", pw)  ->  slog.Info("login", "pw", __repl.AsLogValuer(pw))

// lowerSlogArgs rewrites the arguments of a call of log/slog's functions
// and methods, as the doc above says.
func (w *rewriter) lowerSlogArgs(n *ast.CallExpr, fn *types.Func, info *types.Info) {
	if n.Ellipsis.IsValid() {
		return
	}
	sig := fn.Signature()
	params := sig.Params()
	for i, a := range n.Args {
		var pt types.Type
		switch {
		case sig.Variadic() && i >= params.Len()-1:
			pt = params.At(params.Len() - 1).Type().(*types.Slice).Elem()
		case i < params.Len():
			pt = params.At(i).Type()
		default:
			continue
		}
		if iface, ok := pt.Underlying().(*types.Interface); !ok || !iface.Empty() {
			continue
		}
		t := info.TypeOf(a)
		if _, ok := userType(t); !ok || !implements(t, "log/slog", "LogValuer") {
			continue
		}
		w.add(w.offset(a.Pos()), w.offset(a.Pos()), HelperPkg+".AsLogValuer(", -5)
		w.add(w.offset(a.End()), w.offset(a.End()), ")", 5)
	}
}
