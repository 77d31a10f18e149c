package prelude

import __p_math "math"

// The built-in functions min and max (Go 1.21), which the interpreter
// lacks: the front end calls these with the type argument the call's type
// (min(x, 1) of a float64 x is __builtin_min[float64](x, 1)); a call of
// constants only is a constant, which the front end writes out itself.
// The values come in one variadic slice: a parameter of its own would
// arrive as +0 from a negative zero (the interpreter leaves a parameter
// zero when the argument is: see the front end's lower_negzero.go), and
// min(-0.0, z) gave 0.

func __builtin_min[T __ordered](xs ...T) T {
	x := xs[0]
	for _, y := range xs[1:] {
		if x != x {
			return x
		}
		if y != y || y < x || y == x && __builtin_negzero(y) {
			x = y
		}
	}
	return x
}

func __builtin_max[T __ordered](xs ...T) T {
	x := xs[0]
	for _, y := range xs[1:] {
		if x != x {
			return x
		}
		if y != y || y > x || y == x && __builtin_negzero(x) {
			x = y
		}
	}
	return x
}

// __builtin_same is a == b of two values of a comparable type parameter
// instantiated with an interface (__builtin_iface): in the interpreter it
// compares the values the interfaces hold (see the front end's
// lower_ifacecmp.go), where yaegi compared its own wrappers of them
// (slices.Index of a []Shape missed an equal value). The stand-ins call it
// for interfaces only, and == for any other type: a call of compiled code
// per element made slices.Contains of a []int forty times slower. It is
// not generic, as __builtin_negzero.
func __builtin_same(a, b any) bool { return a == b }

// __builtin_iface reports whether zero, the zero value of a type
// parameter, is of an interface type (nil in an any).
func __builtin_iface(zero any) bool { return zero == nil }

// __builtin_negzero reports whether x is a floating-point negative zero
// (of type float64 or float32: a type declared from one is taken for
// positive). It is not generic: the interpreter fails on a generic
// function calling another with a type the program declared.
func __builtin_negzero(x any) bool {
	switch v := x.(type) {
	case float64:
		return v == 0 && __p_math.Signbit(v)
	case float32:
		return v == 0 && __p_math.Signbit(float64(v))
	}
	return false
}

// __builtin_ptrTo returns a pointer to a copy of v: the argument of a
// generic function's parameter taken by a pointer (see
// frontend/lower_negzero.go) whose type the calling code cannot write,
// and which holds no float. The call leaves the type argument to the
// interpreter's inference.
func __builtin_ptrTo[T any](v T) *T { return &v }

// The bounds checks of the stand-ins (slices.Insert, Delete, Replace):
// s[low:high] and s[low:high:max] of a slice of capacity c, checked as
// Go's runtime checks them. The front end declares the host runtime's
// checks in their place, whose run-time error says the bounds as Go's
// does (the interpreter's says "slice bounds out of range" alone).

func __builtin_bounds(low, high, c int) { _ = make([]struct{}, c)[low:high] }

func __builtin_bounds3(low, high, max, c int) { _ = make([]struct{}, c)[low:high:max] }
