package prelude

import (
	"bytes"
	"cmp"
	"fmt"
	"iter"
	"maps"
	"math"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"unicode"
)

// same fails the test unless the stand-in's result prints as the real
// function's.
func same(t *testing.T, name string, got, want any) {
	t.Helper()
	g, w := fmt.Sprintf("%#v", got), fmt.Sprintf("%#v", want)
	if g != w {
		t.Errorf("%s: stand-in %s, real %s", name, g, w)
	}
}

// panics returns what f panicked with, or nil.
func panics(f func()) (p any) {
	defer func() { p = recover() }()
	f()
	return nil
}

type pair struct {
	k string
	v int
}

var intTable = [][]int{nil, {}, {1}, {3, 1, 2}, {5, 5, 1, 5, 2, 2, 9}, {2, 2, 2},
	{9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 11, 12, 13, 10, 15, 14, 20, 17, 40, 33, 33, 1, 0, -5, 60, 7, 7, 7, 8, 100, 99, 98, 97, 96, 95, 94, 93, 92, 91, 90, 89, 88, 87, 86, 85, 84, 83, 82, 81, 80, 79, 78, 77, 76}}

var floatTable = [][]float64{{}, {1.5, math.NaN(), -1, math.Inf(1), 0, math.Inf(-1)}, {math.NaN(), math.NaN()}, {2, 1}, {0, math.Copysign(0, -1)}, {math.Copysign(0, -1), 0}}

// pairs returns n pairs whose keys collide often, for the order of ties.
func pairs(n int) []pair {
	var out []pair
	for i := range n {
		out = append(out, pair{fmt.Sprint("k", (i*7)%5), i})
	}
	return out
}

var byKey = func(a, b pair) int { return strings.Compare(a.k, b.k) }

func TestSlices(t *testing.T) {
	for _, s := range intTable {
		c1, c2 := slices.Clone(s), __slices_Clone[[]int, int](s)
		same(t, "Clone", c2, c1)
		same(t, "Clone nil", c2 == nil, c1 == nil)
		slices.Sort(c1)
		__slices_Sort[[]int, int](c2)
		same(t, "Sort", c2, c1)
		same(t, "IsSorted", __slices_IsSorted[[]int, int](s), slices.IsSorted(s))
		same(t, "Compact", __slices_Compact[[]int, int](slices.Clone(c1)), slices.Compact(slices.Clone(c1)))
		same(t, "CompactFunc", __slices_CompactFunc[[]int, int](slices.Clone(s), func(a, b int) bool { return a/2 == b/2 }), slices.CompactFunc(slices.Clone(s), func(a, b int) bool { return a/2 == b/2 }))
		for _, v := range []int{0, 2, 5, 7, 100} {
			i1, ok1 := slices.BinarySearch(c1, v)
			i2, ok2 := __slices_BinarySearch[[]int, int](c1, v)
			same(t, "BinarySearch", []any{i2, ok2}, []any{i1, ok1})
			i1, ok1 = slices.BinarySearchFunc(c1, v, cmp.Compare[int])
			i2, ok2 = __slices_BinarySearchFunc[[]int, int, int](c1, v, cmp.Compare[int])
			same(t, "BinarySearchFunc", []any{i2, ok2}, []any{i1, ok1})
			same(t, "Contains", __slices_Contains[[]int, int](s, v), slices.Contains(s, v))
			same(t, "Index", __slices_Index[[]int, int](s, v), slices.Index(s, v))
			same(t, "IndexFunc", __slices_IndexFunc[[]int, int](s, func(x int) bool { return x > v }), slices.IndexFunc(s, func(x int) bool { return x > v }))
			same(t, "ContainsFunc", __slices_ContainsFunc[[]int, int](s, func(x int) bool { return x > v }), slices.ContainsFunc(s, func(x int) bool { return x > v }))
			same(t, "Grow", cap(__slices_Grow[[]int, int](slices.Clip(s), v)) >= len(s)+v, true)
			same(t, "Repeat", __slices_Repeat[[]int, int](s, v%4), slices.Repeat(s, v%4))
		}
		for _, o := range intTable {
			same(t, "Equal", __slices_Equal[[]int, int](s, o), slices.Equal(s, o))
			same(t, "Compare", __slices_Compare[[]int, int](s, o), slices.Compare(s, o))
			same(t, "EqualFunc", __slices_EqualFunc[[]int, []int, int, int](s, o, func(a, b int) bool { return a == b }), slices.EqualFunc(s, o, func(a, b int) bool { return a == b }))
			same(t, "CompareFunc", __slices_CompareFunc[[]int, []int, int, int](s, o, cmp.Compare[int]), slices.CompareFunc(s, o, cmp.Compare[int]))
			same(t, "Concat", __slices_Concat[[]int, int](s, o, s), slices.Concat(s, o, s))
		}
		r1, r2 := slices.Clone(s), slices.Clone(s)
		slices.Reverse(r1)
		__slices_Reverse[[]int, int](r2)
		same(t, "Reverse", r2, r1)
		same(t, "Clip", cap(__slices_Clip[[]int, int](s)), cap(slices.Clip(s)))
		odd := func(x int) bool { return x%2 == 1 }
		same(t, "DeleteFunc", __slices_DeleteFunc[[]int, int](slices.Clone(s), odd), slices.DeleteFunc(slices.Clone(s), odd))
		for i := 0; i <= len(s); i++ {
			for j := i; j <= len(s); j++ {
				same(t, "Delete", __slices_Delete[[]int, int](slices.Clone(s), i, j), slices.Delete(slices.Clone(s), i, j))
				same(t, "Replace", __slices_Replace[[]int, int](slices.Clone(s), i, j, 7, 8), slices.Replace(slices.Clone(s), i, j, 7, 8))
				same(t, "Replace none", __slices_Replace[[]int, int](slices.Clone(s), i, j), slices.Replace(slices.Clone(s), i, j))
			}
			same(t, "Insert", __slices_Insert[[]int, int](slices.Clone(s), i, 7, 8), slices.Insert(slices.Clone(s), i, 7, 8))
			if len(s) > 0 {
				// v part of s itself.
				a, b := slices.Clip(slices.Clone(s)), slices.Clip(slices.Clone(s))
				same(t, "Insert aliased", __slices_Insert[[]int, int](a[:len(a)-1:len(a)], i%len(s), a[:1]...), slices.Insert(b[:len(b)-1:len(b)], i%len(s), b[:1]...))
			}
		}
		if len(s) > 0 {
			same(t, "Min", __slices_Min[[]int, int](s), slices.Min(s))
			same(t, "Max", __slices_Max[[]int, int](s), slices.Max(s))
		}
		for _, n := range []int{1, 2, 3} {
			same(t, "Chunk", slices.Collect(__slices_Chunk[[]int, int](s, n)), slices.Collect(slices.Chunk(s, n)))
		}
		same(t, "All", maps.Collect(__slices_All[[]int, int](s)), maps.Collect(slices.All(s)))
		same(t, "Backward", slices.Collect(iter.Seq[int](func(yield func(int) bool) {
			for i, v := range __slices_Backward[[]int, int](s) {
				yield(i*1000 + v)
			}
		})), slices.Collect(iter.Seq[int](func(yield func(int) bool) {
			for i, v := range slices.Backward(s) {
				yield(i*1000 + v)
			}
		})))
		same(t, "Values", __slices_Collect[int](__slices_Values[[]int, int](s)), slices.Collect(slices.Values(s)))
		same(t, "AppendSeq", __slices_AppendSeq[[]int, int]([]int{1}, slices.Values(s)), slices.AppendSeq([]int{1}, slices.Values(s)))
		same(t, "Sorted", __slices_Sorted[int](slices.Values(s)), slices.Sorted(slices.Values(s)))
	}
	for _, f := range floatTable {
		c1, c2 := slices.Clone(f), slices.Clone(f)
		slices.Sort(c1)
		__slices_Sort[[]float64, float64](c2)
		same(t, "Sort floats", fmt.Sprint(c2), fmt.Sprint(c1))
		same(t, "IsSorted floats", __slices_IsSorted[[]float64, float64](f), slices.IsSorted(f))
		if len(f) > 0 {
			same(t, "Min floats", fmt.Sprint(__slices_Min[[]float64, float64](f)), fmt.Sprint(slices.Min(f)))
			same(t, "Max floats", fmt.Sprint(__slices_Max[[]float64, float64](f)), fmt.Sprint(slices.Max(f)))
			if m := slices.Min(f); !math.IsNaN(m) { // a NaN's sign means nothing
				same(t, "Min sign", math.Signbit(__slices_Min[[]float64, float64](f)), math.Signbit(m))
			}
			if m := slices.Max(f); !math.IsNaN(m) {
				same(t, "Max sign", math.Signbit(__slices_Max[[]float64, float64](f)), math.Signbit(m))
			}
		}
		for _, o := range floatTable {
			same(t, "Compare floats", __slices_Compare[[]float64, float64](f, o), slices.Compare(f, o))
		}
		i1, ok1 := slices.BinarySearch(c1, math.NaN())
		i2, ok2 := __slices_BinarySearch[[]float64, float64](c1, math.NaN())
		same(t, "BinarySearch NaN", []any{i2, ok2}, []any{i1, ok1})
	}
	for _, n := range []int{0, 5, 12, 13, 40, 100, 300} {
		p := pairs(n)
		a, b := slices.Clone(p), slices.Clone(p)
		slices.SortFunc(a, byKey)
		__slices_SortFunc[[]pair, pair](b, byKey)
		same(t, "SortFunc ties", b, a)
		a, b = slices.Clone(p), slices.Clone(p)
		slices.SortStableFunc(a, byKey)
		__slices_SortStableFunc[[]pair, pair](b, byKey)
		same(t, "SortStableFunc", b, a)
		same(t, "IsSortedFunc", __slices_IsSortedFunc[[]pair, pair](p, byKey), slices.IsSortedFunc(p, byKey))
		same(t, "SortedFunc", __slices_SortedFunc[pair](slices.Values(p), byKey), slices.SortedFunc(slices.Values(p), byKey))
		same(t, "SortedStableFunc", __slices_SortedStableFunc[pair](slices.Values(p), byKey), slices.SortedStableFunc(slices.Values(p), byKey))
		if n > 0 {
			same(t, "MinFunc", __slices_MinFunc[[]pair, pair](p, byKey), slices.MinFunc(p, byKey))
			same(t, "MaxFunc", __slices_MaxFunc[[]pair, pair](p, byKey), slices.MaxFunc(p, byKey))
		}
	}
	for _, f := range []func(){
		func() { _ = __slices_Min[[]int, int](nil) },
		func() { _ = __slices_Max[[]int, int](nil) },
		func() { _ = __slices_MinFunc[[]int, int](nil, cmp.Compare[int]) },
		func() { _ = __slices_MaxFunc[[]int, int](nil, cmp.Compare[int]) },
		func() { _ = __slices_Chunk[[]int, int](nil, 0) },
		func() { _ = __slices_Repeat[[]int, int](nil, -1) },
		func() { _ = __slices_Grow[[]int, int](nil, -1) },
	} {
		if panics(f) == nil {
			t.Error("a stand-in did not panic")
		}
	}
	real := []any{
		panics(func() { _ = slices.Min([]int(nil)) }), panics(func() { _ = slices.Max([]int(nil)) }),
		panics(func() { _ = slices.MinFunc([]int(nil), cmp.Compare[int]) }), panics(func() { _ = slices.MaxFunc([]int(nil), cmp.Compare[int]) }),
		panics(func() { _ = slices.Chunk([]int(nil), 0) }), panics(func() { _ = slices.Repeat([]int(nil), -1) }), panics(func() { _ = slices.Grow([]int(nil), -1) }),
	}
	mine := []any{
		panics(func() { _ = __slices_Min[[]int, int](nil) }), panics(func() { _ = __slices_Max[[]int, int](nil) }),
		panics(func() { _ = __slices_MinFunc[[]int, int](nil, cmp.Compare[int]) }), panics(func() { _ = __slices_MaxFunc[[]int, int](nil, cmp.Compare[int]) }),
		panics(func() { _ = __slices_Chunk[[]int, int](nil, 0) }), panics(func() { _ = __slices_Repeat[[]int, int](nil, -1) }), panics(func() { _ = __slices_Grow[[]int, int](nil, -1) }),
	}
	same(t, "panics", mine, real)
}

func TestMapsCmp(t *testing.T) {
	tables := []map[string]int{nil, {}, {"a": 1}, {"a": 1, "b": 2, "c": 3}, {"a": 1, "b": 3}}
	for _, m := range tables {
		same(t, "Keys", slices.Sorted(__maps_Keys[map[string]int, string, int](m)), slices.Sorted(maps.Keys(m)))
		same(t, "Values", slices.Sorted(__maps_Values[map[string]int, string, int](m)), slices.Sorted(maps.Values(m)))
		same(t, "All", __maps_Collect[string, int](__maps_All[map[string]int, string, int](m)), maps.Collect(maps.All(m)))
		same(t, "Clone", __maps_Clone[map[string]int, string, int](m), maps.Clone(m))
		for _, o := range tables {
			same(t, "Equal", __maps_Equal[map[string]int, map[string]int, string, int](m, o), maps.Equal(m, o))
			eq := func(a, b int) bool { return a%2 == b%2 }
			same(t, "EqualFunc", __maps_EqualFunc[map[string]int, map[string]int, string, int, int](m, o, eq), maps.EqualFunc(m, o, eq))
			if m != nil {
				a, b := maps.Clone(m), maps.Clone(m)
				maps.Copy(a, o)
				__maps_Copy[map[string]int, map[string]int, string, int](b, o)
				same(t, "Copy", b, a)
				a, b = maps.Clone(m), maps.Clone(m)
				maps.Insert(a, maps.All(o))
				__maps_Insert[map[string]int, string, int](b, maps.All(o))
				same(t, "Insert", b, a)
			}
		}
		a, b := maps.Clone(m), maps.Clone(m)
		del := func(k string, v int) bool { return v > 1 }
		maps.DeleteFunc(a, del)
		__maps_DeleteFunc[map[string]int, string, int](b, del)
		same(t, "DeleteFunc", b, a)
	}
	vals := []float64{math.NaN(), math.Inf(-1), -1, 0, 1, math.Inf(1)}
	for _, x := range vals {
		for _, y := range vals {
			same(t, "Compare", __cmp_Compare[float64](x, y), cmp.Compare(x, y))
			same(t, "Less", __cmp_Less[float64](x, y), cmp.Less(x, y))
		}
	}
	same(t, "Compare strings", __cmp_Compare[string]("a", "b"), cmp.Compare("a", "b"))
	same(t, "Or", []any{__cmp_Or[string](), __cmp_Or[string]("", "x", "y"), __cmp_Or[int](0, 0)}, []any{cmp.Or[string](), cmp.Or("", "x", "y"), cmp.Or(0, 0)})
}

func TestPull(t *testing.T) {
	// The calls of next and stop, and what each returns, in turn.
	run := func(pull func(iter.Seq[int]) (func() (int, bool), func()), seq iter.Seq[int], calls string) (out []any) {
		next, stop := pull(seq)
		for _, c := range calls {
			p := panics(func() {
				if c == 'n' {
					v, ok := next()
					out = append(out, v, ok)
				} else {
					stop()
				}
			})
			if p != nil {
				out = append(out, "panic", p)
			}
		}
		return out
	}
	seqs := []iter.Seq[int]{
		slices.Values([]int{1, 2, 3}),
		slices.Values([]int(nil)),
		func(yield func(int) bool) { yield(1); panic("broke") },
		func(yield func(int) bool) { panic("at once") },
	}
	for _, seq := range seqs {
		for _, calls := range []string{"nnnnn", "nsnn", "snn", "nnss", "", "s"} {
			same(t, "Pull "+calls, run(func(s iter.Seq[int]) (func() (int, bool), func()) { return __iter_Pull[int](s) }, seq, calls), run(iter.Pull[int], seq, calls))
		}
	}
	// An iterator calling its own next: Go's panic, in the iterator
	// (where the stand-in's goroutine would wait for itself for good).
	reentrant := func(pull func(iter.Seq[int]) (func() (int, bool), func())) (out []any) {
		var next func() (int, bool)
		next, stop := pull(func(yield func(int) bool) {
			out = append(out, "inner", panics(func() { next() }))
			yield(1)
		})
		v, ok := next()
		stop()
		return append(out, v, ok)
	}
	same(t, "Pull reentrant", reentrant(func(s iter.Seq[int]) (func() (int, bool), func()) { return __iter_Pull[int](s) }), reentrant(iter.Pull[int]))
	next1, stop1 := __iter_Pull2[string, int](maps.All(map[string]int{"k": 1}))
	next2, stop2 := iter.Pull2(maps.All(map[string]int{"k": 1}))
	for range 2 {
		k1, v1, ok1 := next1()
		k2, v2, ok2 := next2()
		same(t, "Pull2", []any{k1, v1, ok1}, []any{k2, v2, ok2})
	}
	stop1()
	stop2()
}

func TestStringsBytesSync(t *testing.T) {
	texts := []string{"", "a", "a\nb", "one\ntwo\n\nthree\n", " the quick\t brown\u00a0fox \n", "a,b,,c", "\xff,x", "日本,語"}
	seps := []string{",", "", ", ", "\n", "x"}
	for _, s := range texts {
		same(t, "Lines", slices.Collect(__strings_Lines(s)), slices.Collect(strings.Lines(s)))
		same(t, "FieldsSeq", slices.Collect(__strings_FieldsSeq(s)), slices.Collect(strings.FieldsSeq(s)))
		same(t, "FieldsFuncSeq", slices.Collect(__strings_FieldsFuncSeq(s, unicode.IsPunct)), slices.Collect(strings.FieldsFuncSeq(s, unicode.IsPunct)))
		b := []byte(s)
		same(t, "bytes.Lines", slices.Collect(__bytes_Lines(b)), slices.Collect(bytes.Lines(b)))
		same(t, "bytes.FieldsSeq", slices.Collect(__bytes_FieldsSeq(b)), slices.Collect(bytes.FieldsSeq(b)))
		same(t, "bytes.FieldsFuncSeq", slices.Collect(__bytes_FieldsFuncSeq(b, unicode.IsPunct)), slices.Collect(bytes.FieldsFuncSeq(b, unicode.IsPunct)))
		for _, l := range slices.Collect(__bytes_Lines(b)) {
			same(t, "bytes.Lines cap", cap(l), len(l))
		}
		for _, sep := range seps {
			same(t, "SplitSeq", slices.Collect(__strings_SplitSeq(s, sep)), slices.Collect(strings.SplitSeq(s, sep)))
			same(t, "SplitAfterSeq", slices.Collect(__strings_SplitAfterSeq(s, sep)), slices.Collect(strings.SplitAfterSeq(s, sep)))
			same(t, "bytes.SplitSeq", slices.Collect(__bytes_SplitSeq(b, []byte(sep))), slices.Collect(bytes.SplitSeq(b, []byte(sep))))
			same(t, "bytes.SplitAfterSeq", slices.Collect(__bytes_SplitAfterSeq(b, []byte(sep))), slices.Collect(bytes.SplitAfterSeq(b, []byte(sep))))
		}
	}

	calls := func(mk func(f func()) func(), f func()) (out []any) {
		g := mk(f)
		for range 3 {
			out = append(out, panics(g))
		}
		return out
	}
	for _, f := range []func(){func() {}, func() { panic("once") }} {
		n1, n2 := 0, 0
		same(t, "OnceFunc", calls(__sync_OnceFunc, func() { n1++; f() }), calls(sync.OnceFunc, func() { n2++; f() }))
		same(t, "OnceFunc calls", n1, n2)
	}
	n1, n2 := 0, 0
	v1, v2 := __sync_OnceValue[int](func() int { n1++; return n1 * 10 }), sync.OnceValue(func() int { n2++; return n2 * 10 })
	same(t, "OnceValue", []int{v1(), v1(), n1}, []int{v2(), v2(), n2})
	w1, w2 := __sync_OnceValues[int, error](func() (int, error) { n1++; return n1, nil }), sync.OnceValues(func() (int, error) { n2++; return n2, nil })
	a1, e1 := w1()
	a2, e2 := w2()
	w1()
	w2()
	same(t, "OnceValues", []any{a1, e1, n1}, []any{a2, e2, n2})
}

func TestMinMax(t *testing.T) {
	negZero := math.Copysign(0, -1)
	floats := [][]float64{{1, 2}, {2, 1, 0.5}, {math.NaN(), 1}, {1, math.NaN(), 2}, {0, negZero}, {negZero, 0}, {math.Inf(-1), 3}}
	for _, f := range floats {
		same(t, "min", fmt.Sprint(__builtin_min[float64](f...)), fmt.Sprint(slices.Min(f)))
		same(t, "max", fmt.Sprint(__builtin_max[float64](f...)), fmt.Sprint(slices.Max(f)))
		same(t, "min sign", math.Signbit(__builtin_min[float64](f...)), math.Signbit(min(f[0], f[1])))
		same(t, "max sign", math.Signbit(__builtin_max[float64](f...)), math.Signbit(max(f[0], f[1])))
	}
	same(t, "strings", []string{__builtin_min[string]("b", "a", "c"), __builtin_max[string]("b", "a", "c")}, []string{min("b", "a", "c"), max("b", "a", "c")})
	same(t, "ints", []int{__builtin_min[int](3), __builtin_max[int](3, 9, -1)}, []int{min(3), max(3, 9, -1)})
}

func TestPtrTo(t *testing.T) {
	v := []int{1}
	p := __builtin_ptrTo(v)
	v = nil
	same(t, "copy", *p, []int{1})
	q := __builtin_ptrTo(p)
	same(t, "distinct", *q == p && q != &p, true)
}

func TestAtomicPointer(t *testing.T) {
	a, b, c := 1, 2, 3
	var mine __atomic_Pointer[int]
	var real atomic.Pointer[int]
	ops := func(load func() *int, store func(*int), swap func(*int) *int, cas func(o, n *int) bool) []any {
		out := []any{load() == nil}
		store(&a)
		out = append(out, *load(), *swap(&b), *load(), cas(&a, &c), cas(&b, &c), *load())
		return out
	}
	same(t, "Pointer", ops(mine.Load, mine.Store, mine.Swap, mine.CompareAndSwap), ops(real.Load, real.Store, real.Swap, real.CompareAndSwap))
}
