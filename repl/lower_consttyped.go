package repl

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/ast/inspector"
)

// Typed constants, written as conversions of their values.
//
// yaegi v0.16.1 keeps the value of a typed constant defined by an untyped
// constant expression as a go/constant value instead of a value of the
// type: after
//
//	type S int
//	const (
//		A S = iota + 1
//		B
//	)
//	const Y S = 2 + 3
//
// A == 1, A == S(1), B == 2 and Y == 5 were all false, a method comparing
// its receiver with A never matched, and days[Monday] of a map keyed by S
// panicked in reflect.Value.MapIndex. The same held for bool and string
// types (const O bool = 1 < 2 compared unequal to true) and for complex
// ones. A constant defined by a literal or a conversion of a literal
// (const W S = 5, const Z = S(5)) was right.
//
// The pass writes every typed constant whose spec is not a literal as the
// conversion of the exact value go/types computed to its type, and a spec
// of one name that repeats the previous spec's expression (B above)
// likewise; the specs of several names that repeat one are written out by
// lowerConstRepeats (lower_const.go):
//
//	A S = iota + 1     ->  A S = S(1)
//	B                  ->  B = S(2)
//	Y S = 2 + 3        ->  Y S = S(5)
//	F float32 = 1.0/3  ->  F float32 = float32(0.33333334)
//	C cplx = 1 + 2i    ->  C cplx = (cplx(1) + cplx(2i))
//
// A float is written in the shortest form that reads back as the same
// float64 (go/types has already rounded the value to its type); a complex
// value as the sum of its parts, each converted, since yaegi panics
// converting an untyped complex constant of two parts.

// lowerTypedConsts writes the values of typed constants as conversions.
func (w *rewriter) lowerTypedConsts(in *inspector.Inspector) {
	info := w.info()
	in.Preorder([]ast.Node{(*ast.GenDecl)(nil)}, func(n ast.Node) {
		d := n.(*ast.GenDecl)
		if d.Tok != token.CONST {
			return
		}
		var typeExpr ast.Expr // the type of the last spec with values
		for _, spec := range d.Specs {
			vs := spec.(*ast.ValueSpec)
			if len(vs.Values) > 0 {
				typeExpr = vs.Type
			} else if len(vs.Names) > 1 {
				continue // lowerConstRepeats
			}
			if len(vs.Values) > 0 && len(vs.Values) != len(vs.Names) {
				continue
			}
			var vals []string
			typed := false
			for i, id := range vs.Names {
				c, ok := info.Defs[id].(*types.Const)
				if !ok || c.Val().Kind() == constant.Unknown {
					vals = nil
					break
				}
				if basic, _ := c.Type().(*types.Basic); basic != nil && basic.Info()&types.IsUntyped != 0 {
					if len(vs.Values) == 0 {
						vals = nil
						break
					}
					vals = append(vals, constText(c.Val(), basic))
					continue
				}
				if len(vs.Values) > 0 {
					if _, lit := ast.Unparen(vs.Values[i]).(*ast.BasicLit); lit && vs.Type != nil {
						vals = append(vals, w.text(vs.Values[i]))
						continue
					}
				}
				t, ok := w.typeSource(c.Type(), id.Pos())
				if !ok {
					if typeExpr == nil {
						vals = nil
						break
					}
					t = w.text(typeExpr)
				}
				vals = append(vals, typedConstText(c.Val(), c.Type(), t))
				typed = true
			}
			if !typed || vals == nil {
				continue
			}
			if len(vs.Values) == 0 {
				end := w.offset(vs.Names[len(vs.Names)-1].End())
				w.add(end, end, " = "+strings.Join(vals, ", "), 0)
				continue
			}
			// The values are replaced as a whole: an edit another pass
			// makes inside them (unsafe.Sizeof, min) is dropped, as the
			// value it computed is written here.
			w.add(w.offset(vs.Values[0].Pos()), w.offset(vs.Values[len(vs.Values)-1].End()), strings.Join(vals, ", "), -100)
		}
	})
}

// typedConstText writes v, the value of a constant of type typ (t as
// source text), as a conversion yaegi evaluates to that value.
func typedConstText(v constant.Value, typ types.Type, t string) string {
	bits := 64
	if b, ok := typ.Underlying().(*types.Basic); ok && (b.Kind() == types.Float32 || b.Kind() == types.Complex64) {
		bits = 32
	}
	float := func(v constant.Value) string {
		f, _ := constant.Float64Val(v)
		return strconv.FormatFloat(f, 'g', -1, bits)
	}
	switch v.Kind() {
	case constant.Float:
		return t + "(" + float(v) + ")"
	case constant.Complex:
		return "(" + t + "(" + float(constant.Real(v)) + ") + " + t + "(" + float(constant.Imag(v)) + "i))"
	}
	return t + "(" + constText(v, nil) + ")"
}
