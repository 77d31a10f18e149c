package frontend

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"math"
	"strconv"
	"strings"

	"golang.org/x/tools/go/ast/inspector"
)

// Constant declarations, as the values go/types computed.
//
// yaegi v0.16.1 evaluates constant declarations itself, and gets several
// kinds wrong: a constant used before the spec that declares it, or a
// group whose specs refer to each other out of order, fails ("constant
// definition loop", or a value computed from a constant not yet set: the
// Hilbert matrix of Go's test/fixedbugs/issue6866.go came out not the
// identity, silently); complex constants built from others crash its
// compiler ("reflect: call of reflect.Value.Complex on interface Value");
// an untyped float constant used as an array length is "not an Int". The
// type checker has the exact value of every constant, so the pass writes
// it in place of the expression, with the constant's type where it has
// one, and spells out the values of specs that repeat an earlier one:
//
//	const ok = p == 1            ->  const ok = true
//	const (
//		p  = h * 3                ->  p = 1.0
//		h  = 1.0 / 3              ->  h = (1.0 / 3)
//		c  = complex(-3, 2) * 1i  ->  c = (-2.0 + -3.0*1i)
//		d  Perm = 1 << iota       ->  d Perm = 8
//		e                         ->  e = Perm(16)
//	)
//	var a [1e1]int               ->  var a [10]int
//	real(c)                      ->  -2.0
//
// A typed float constant the spec does not type is converted from a
// decimal literal (float64(0.035)): the interpreter's conversion of a
// quotient there gave 0. A spec of complex constants of one type gets the
// type written (const d complex128 = (1.5 + 3.0*1i)): it could not convert
// to a complex type there at all.
//
// Untyped constants keep their kind (an untyped float written as a float
// literal, an exact fraction as a quotient of two float literals, a rune
// as a rune); the uses of a constant are left to the interpreter (but
// for the lengths of array types and complex expressions: lowerConstExprs). A group
// is written whole or not at all (a spec that repeats the one before it
// would repeat the written values): it is left to the interpreter when a
// value is unknown or its type cannot be named where the group is.

// lowerConstValues writes the values go/types computed into the constant
// declarations of the segment.
func (w *rewriter) lowerConstValues(in *inspector.Inspector) {
	info := w.info()
	in.Preorder([]ast.Node{(*ast.GenDecl)(nil)}, func(n ast.Node) {
		d := n.(*ast.GenDecl)
		if d.Tok != token.CONST {
			return
		}
		type rewrite struct {
			off, end int
			text     string
		}
		var edits []rewrite
		for _, spec := range d.Specs {
			vs := spec.(*ast.ValueSpec)
			var vals []string
			// A spec of complex constants of one type and no type
			// written gets the type: the interpreter's conversion to a
			// complex type fails in a constant declaration
			// (complex128((1.5 + 3.0*1i)): "cannot be converted").
			specType := ""
			if vs.Type == nil {
				specType = w.complexSpecType(info, vs)
			}
			for _, id := range vs.Names {
				c, ok := info.Defs[id].(*types.Const)
				if !ok || c.Val().Kind() == constant.Unknown {
					return
				}
				basic, _ := c.Type().(*types.Basic)
				switch {
				case basic != nil && basic.Info()&types.IsUntyped != 0:
					vals = append(vals, constText(c.Val(), basic))
				case vs.Type != nil || specType != "":
					// The spec names the type: the value converts to it.
					vals = append(vals, constText(c.Val(), nil))
				default:
					t, ok := w.typeSource(c.Type(), id.Pos())
					if !ok {
						return
					}
					vals = append(vals, t+"("+typedValueText(c.Val(), c.Type())+")")
				}
			}
			if specType != "" {
				at := w.offset(vs.Names[len(vs.Names)-1].End())
				edits = append(edits, rewrite{at, at, " " + specType})
			}
			if len(vs.Values) == 0 {
				end := w.offset(vs.Names[len(vs.Names)-1].End())
				if vs.Type != nil {
					end = w.offset(vs.Type.End())
				}
				edits = append(edits, rewrite{end, end, " = " + strings.Join(vals, ", ")})
				continue
			}
			if len(vs.Values) != len(vals) {
				return // a call of several results: not a constant
			}
			for i, v := range vs.Values {
				edits = append(edits, rewrite{w.offset(v.Pos()), w.offset(v.End()), vals[i]})
			}
		}
		for _, e := range edits {
			// Before any edit inside the expression, which it replaces.
			w.add(e.off, e.end, e.text, -2)
		}
	})
}

// complexSpecType returns the type of the constants vs declares, written
// where they are, if they all have the same typed complex type; else "".
func (w *rewriter) complexSpecType(info *types.Info, vs *ast.ValueSpec) string {
	var t types.Type
	for _, id := range vs.Names {
		c, ok := info.Defs[id].(*types.Const)
		if !ok {
			return ""
		}
		b, ok := c.Type().Underlying().(*types.Basic)
		if !ok || b.Info()&types.IsComplex == 0 || b.Info()&types.IsUntyped != 0 || t != nil && !types.Identical(t, c.Type()) {
			return ""
		}
		t = c.Type()
	}
	if t == nil {
		return ""
	}
	src, ok := w.typeSource(t, vs.Pos())
	if !ok {
		return ""
	}
	return src
}

// typedValueText is the text of v converted to t, a typed constant's type
// (T(value)): constText's, but for a float type a decimal literal holding
// the value exactly, which the interpreter converts right in a constant
// declaration (there float64((7.0 / 200)) was 0, so const half = rate / 2
// of a float64 rate, and a spec repeating a float64 one, gave 0).
func typedValueText(v constant.Value, t types.Type) string {
	b, ok := t.Underlying().(*types.Basic)
	if !ok || b.Info()&types.IsFloat == 0 {
		return constText(v, nil)
	}
	var f float64
	if b.Kind() == types.Float32 {
		f32, _ := constant.Float32Val(v)
		f = float64(f32)
	} else {
		f, _ = constant.Float64Val(v)
	}
	if math.IsInf(f, 0) || math.IsNaN(f) {
		return constText(v, nil)
	}
	s := strconv.FormatFloat(f, 'g', -1, 64)
	if !strings.ContainsAny(s, ".e") {
		s += ".0"
	}
	return s
}

// lowerConstExprs writes the values of the constant expressions outside
// constant declarations, which the interpreter computes itself and gets
// wrong: an operation on constants beyond 64 bits (chuge > chuge_1, with
// chuge = 1 << 100, was "constant ... overflows int64", and so was a
// uint64 mask 1 << 63), a complex constant or real and imag of one (its
// compiler crashed), a conversion of one, the length of an array type
// (`[1e1]int` was "not an Int"), a constant shift count of another kind
// than int (x<<1. read a uint from an int). The value is written with the
// type the expression has where it has one; a name, a sign before a
// literal and a literal are left as they are, but for a float literal of
// an integer type (case 1e16 of a uint64 switch missed) and an integer
// past int64 of an unsigned type (func Total() uint64 { return
// math.MaxUint64 } was "constant 18446744073709551615 overflows int64",
// and at the prompt declared the function anyway, returning 0):
//
//	1<<63 (a uint64)   ->  uint64(9223372036854775808)
//	math.MaxUint64 (a uint64)  ->  uint64(18446744073709551615)
//	chuge > chuge_1    ->  bool(true)    (an argument of fmt.Println)
//	real(c) * 2        ->  float64(-4.0)
//	[n]int             ->  [20]int
//	x << (1 + 0i)      ->  x << 1
//	case 1e16:         ->  case uint64(10000000000000000):
//	-0.0, -1e-400 (float64)  ->  float64(0.0)   (Go's constants have no -0, the interpreter made one)
func (w *rewriter) lowerConstExprs(in *inspector.Inspector) {
	info := w.info()
	done := map[ast.Node]bool{} // shift counts written
	write := func(e ast.Expr) bool {
		tv, ok := info.Types[e]
		if !ok || tv.Value == nil || tv.Value.Kind() == constant.Unknown {
			return false
		}
		text := constText(tv.Value, nil)
		if floatZero(tv) {
			text = "0.0" // not -0, as the interpreter made -0.0 and -1e-400
		}
		if basic, _ := tv.Type.(*types.Basic); basic != nil && basic.Info()&types.IsUntyped != 0 {
			text = constText(tv.Value, basic)
		} else {
			t, ok := w.typeSource(tv.Type, e.Pos())
			if !ok {
				return false
			}
			text = t + "(" + text + ")"
		}
		w.add(w.offset(e.Pos()), w.offset(e.End()), text, -2)
		return true
	}
	in.WithStack([]ast.Node{(*ast.ArrayType)(nil), (*ast.CallExpr)(nil), (*ast.BinaryExpr)(nil), (*ast.UnaryExpr)(nil), (*ast.ParenExpr)(nil), (*ast.BasicLit)(nil), (*ast.Ident)(nil), (*ast.SelectorExpr)(nil)}, func(n ast.Node, push bool, stack []ast.Node) bool {
		if !push {
			return true
		}
		for _, p := range stack[:len(stack)-1] {
			if g, ok := p.(*ast.GenDecl); ok && g.Tok == token.CONST {
				return false // lowerConstValues writes these
			}
		}
		switch n := n.(type) {
		case *ast.ArrayType:
			if n.Len == nil {
				return true
			}
			if lit, isLit := n.Len.(*ast.BasicLit); !isLit || lit.Kind != token.INT {
				if _, dots := n.Len.(*ast.Ellipsis); !dots {
					if tv := info.Types[n.Len]; tv.Value != nil {
						if v := constant.ToInt(tv.Value); v.Kind() == constant.Int {
							w.add(w.offset(n.Len.Pos()), w.offset(n.Len.End()), v.ExactString(), -2)
						}
					}
				}
			}
			return true
		case ast.Expr:
			if done[n] {
				return false
			}
			if foldable(info, n) {
				return !write(n)
			}
			// A constant shift count: an integer (the interpreter took
			// x<<1. and x<<(1+0i) for a uint and read an int).
			if b, ok := n.(*ast.BinaryExpr); ok && (b.Op == token.SHL || b.Op == token.SHR) {
				if lit, ok := ast.Unparen(b.Y).(*ast.BasicLit); !ok || lit.Kind != token.INT {
					if v := info.Types[b.Y].Value; v != nil {
						if iv := constant.ToInt(v); iv.Kind() == constant.Int {
							w.add(w.offset(b.Y.Pos()), w.offset(b.Y.End()), iv.ExactString(), -2)
							done[b.Y] = true
						}
					}
				}
			}
			return true
		}
		return true
	})
}

// foldable reports whether e is a constant expression the pass writes as
// its value: an operation, a conversion or a call of a built-in, not a
// literal or a name (a unary operator on a literal, -1, is left too), but
// for a literal or a name of an unsigned type past int64.
func foldable(info *types.Info, e ast.Expr) bool {
	tv := info.Types[e]
	if tv.Value == nil || tv.Value.Kind() == constant.Unknown {
		return false
	}
	if _, isName := e.(*ast.Ident); floatZero(tv) && !isName {
		if _, isLit := e.(*ast.BasicLit); !isLit {
			return true
		}
	}
	switch e := e.(type) {
	case *ast.Ident, *ast.SelectorExpr:
		return pastInt64(tv)
	case *ast.BasicLit:
		// A float or complex literal of an integer type (case 1e16 of a
		// uint64 switch missed: the interpreter went through a float).
		b, ok := tv.Type.Underlying().(*types.Basic)
		return (e.Kind == token.FLOAT || e.Kind == token.IMAG) && ok && b.Info()&types.IsInteger != 0 && b.Info()&types.IsUntyped == 0 || pastInt64(tv)
	case *ast.UnaryExpr:
		_, lit := ast.Unparen(e.X).(*ast.BasicLit)
		return !lit
	case *ast.ParenExpr:
		switch ast.Unparen(e.X).(type) {
		case *ast.Ident, *ast.SelectorExpr:
			return true // a name in parentheses is written ((r) of a float64 r was 0 handed to a generic function)
		}
		return foldable(info, e.X)
	}
	return true
}

// pastInt64 reports whether tv is an integer constant of an unsigned type
// (not untyped) past int64, which the interpreter takes for an int64.
func pastInt64(tv types.TypeAndValue) bool {
	b, ok := tv.Type.Underlying().(*types.Basic)
	if !ok || b.Info()&types.IsUnsigned == 0 || b.Info()&types.IsUntyped != 0 || tv.Value.Kind() != constant.Int {
		return false
	}
	_, fits := constant.Int64Val(tv.Value)
	return !fits
}

// floatZero reports whether tv is a constant zero of a floating-point
// type. Go's constants have no negative zero: -0.0, and -1e-400 rounded to
// a float64, are 0 (the interpreter made them -0).
func floatZero(tv types.TypeAndValue) bool {
	b, ok := tv.Type.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsFloat != 0 && b.Info()&types.IsUntyped == 0 && constant.Sign(tv.Value) == 0
}

// lowerGenericConstArgs writes the value of a typed float or complex
// constant named as an argument of a generic function: yaegi v0.16.1 gave
// the function 0 (Clamp(3.7, 0, limit) with const limit float64 = 2.5 was
// 0; limit+0 was right):
//
//	Clamp(3.7, 0, limit)  ->  Clamp(3.7, 0, float64(2.5))
func (w *rewriter) lowerGenericConstArgs(in *inspector.Inspector) {
	info := w.info()
	in.Preorder([]ast.Node{(*ast.CallExpr)(nil)}, func(n ast.Node) {
		call := n.(*ast.CallExpr)
		id := calleeIdent(call.Fun)
		if id == nil {
			return
		}
		if _, generic := info.Instances[id]; !generic {
			return
		}
		for _, a := range call.Args {
			name, ok := a.(*ast.Ident)
			if !ok {
				continue
			}
			c, ok := info.Uses[name].(*types.Const)
			if !ok {
				continue
			}
			b, ok := c.Type().Underlying().(*types.Basic)
			if !ok || b.Info()&(types.IsFloat|types.IsComplex) == 0 || b.Info()&types.IsUntyped != 0 {
				continue
			}
			ts, ok := w.typeSource(c.Type(), a.Pos())
			if !ok {
				continue
			}
			w.add(w.offset(a.Pos()), w.offset(a.End()), ts+"("+typedValueText(c.Val(), c.Type())+")", -2)
		}
	})
}
