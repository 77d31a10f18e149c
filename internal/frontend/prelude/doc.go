// Package prelude holds the interpreted stand-ins for the generic standard
// library: the functions of slices, maps, cmp and iter, sync.OnceFunc,
// OnceValue and OnceValues, and the iterator functions of strings and bytes,
// which the interpreter's symbol tables lack (they skip generic functions,
// and are Go 1.22's).
//
// The front end rewrites a call such as slices.Sort(s) into a call of the
// stand-in with the type arguments the type checker inferred
// (__slices_Sort[[]int, int](s)) and declares the stand-ins a program or
// session uses, with what they use, into it the first time (see
// frontend/lower_stdgeneric.go). So the code here is written in the subset of
// Go the interpreter runs correctly: every generic call has its type
// arguments written out; no range over integers or functions, no min, max
// or clear; iterators are plain func(yield func(...) bool) types (iter.Seq
// is lowered to its underlying type); packages are imported under names
// starting with __p_, and every declaration's name starts with __, then
// the package, so that none clashes with the user's.
//
// Each stand-in has the real function's type parameters, in the same
// order, and its behaviour: the package's tests compare them, compiled, on
// tables of arguments, and repl's tests run programs calling the real
// functions both compiled and interpreted.
package prelude
