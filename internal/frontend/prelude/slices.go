package prelude

import __p_bits "math/bits"

// No generic function here calls another: the interpreter fails on one
// that does with a type argument declared by the program (a []person).

func __slices_All[Slice ~[]E, E any](s Slice) func(yield func(int, E) bool) {
	return func(yield func(int, E) bool) {
		for i, v := range s {
			if !yield(i, v) {
				return
			}
		}
	}
}

func __slices_Backward[Slice ~[]E, E any](s Slice) func(yield func(int, E) bool) {
	return func(yield func(int, E) bool) {
		for i := len(s) - 1; i >= 0; i-- {
			if !yield(i, s[i]) {
				return
			}
		}
	}
}

func __slices_Values[Slice ~[]E, E any](s Slice) func(yield func(E) bool) {
	return func(yield func(E) bool) {
		for _, v := range s {
			if !yield(v) {
				return
			}
		}
	}
}

func __slices_AppendSeq[Slice ~[]E, E any](s Slice, seq func(yield func(E) bool)) Slice {
	seq(func(v E) bool {
		s = append(s, v)
		return true
	})
	return s
}

func __slices_Collect[E any](seq func(yield func(E) bool)) []E {
	var s []E
	seq(func(v E) bool {
		s = append(s, v)
		return true
	})
	return s
}

func __slices_Sorted[E __ordered](seq func(yield func(E) bool)) []E {
	var s []E
	seq(func(v E) bool {
		s = append(s, v)
		return true
	})
	n := len(s)
	__slices_pdqsort_func(__slices_lessSwap{
		func(i, j int) bool { return s[i] < s[j] || (s[i] != s[i] && s[j] == s[j]) },
		func(i, j int) { s[i], s[j] = s[j], s[i] },
	}, 0, n, __p_bits.Len(uint(n)))
	return s
}

func __slices_SortedFunc[E any](seq func(yield func(E) bool), cmp func(E, E) int) []E {
	var s []E
	seq(func(v E) bool {
		s = append(s, v)
		return true
	})
	n := len(s)
	__slices_pdqsort_func(__slices_lessSwap{
		func(i, j int) bool { return cmp(s[i], s[j]) < 0 },
		func(i, j int) { s[i], s[j] = s[j], s[i] },
	}, 0, n, __p_bits.Len(uint(n)))
	return s
}

func __slices_SortedStableFunc[E any](seq func(yield func(E) bool), cmp func(E, E) int) []E {
	var s []E
	seq(func(v E) bool {
		s = append(s, v)
		return true
	})
	__slices_stable_func(__slices_lessSwap{
		func(i, j int) bool { return cmp(s[i], s[j]) < 0 },
		func(i, j int) { s[i], s[j] = s[j], s[i] },
	}, len(s))
	return s
}

func __slices_Chunk[Slice ~[]E, E any](s Slice, n int) func(yield func(Slice) bool) {
	if n < 1 {
		panic("cannot be less than 1")
	}
	return func(yield func(Slice) bool) {
		for i := 0; i < len(s); i += n {
			end := len(s[i:])
			if n < end {
				end = n
			}
			if !yield(s[i : i+end : i+end]) {
				return
			}
		}
	}
}

func __slices_BinarySearch[S ~[]E, E __ordered](x S, target E) (int, bool) {
	n := len(x)
	i, j := 0, n
	for i < j {
		h := int(uint(i+j) >> 1)
		if x[h] < target || (x[h] != x[h] && target == target) {
			i = h + 1
		} else {
			j = h
		}
	}
	return i, i < n && (x[i] == target || (x[i] != x[i] && target != target))
}

func __slices_BinarySearchFunc[S ~[]E, E, T any](x S, target T, cmp func(E, T) int) (int, bool) {
	n := len(x)
	i, j := 0, n
	for i < j {
		h := int(uint(i+j) >> 1)
		if cmp(x[h], target) < 0 {
			i = h + 1
		} else {
			j = h
		}
	}
	return i, i < n && cmp(x[i], target) == 0
}

func __slices_Clip[S ~[]E, E any](s S) S {
	return s[:len(s):len(s)]
}

func __slices_Clone[S ~[]E, E any](s S) S {
	if s == nil {
		return nil
	}
	return append(s[:0:0], s...) // not S([]E{}): the interpreter fails on it
}

func __slices_Compact[S ~[]E, E comparable](s S) S {
	if len(s) < 2 {
		return s
	}
	iface := __builtin_iface(*new(E))
	for k := 1; k < len(s); k++ {
		if s[k] == s[k-1] || iface && __builtin_same(s[k], s[k-1]) {
			s2 := s[k:]
			for k2 := 1; k2 < len(s2); k2++ {
				if s2[k2] != s2[k2-1] && !(iface && __builtin_same(s2[k2], s2[k2-1])) {
					s[k] = s2[k2]
					k++
				}
			}
			var zero E
			for i := k; i < len(s); i++ {
				s[i] = zero
			}
			return s[:k]
		}
	}
	return s
}

func __slices_CompactFunc[S ~[]E, E any](s S, eq func(E, E) bool) S {
	if len(s) < 2 {
		return s
	}
	for k := 1; k < len(s); k++ {
		if eq(s[k], s[k-1]) {
			s2 := s[k:]
			for k2 := 1; k2 < len(s2); k2++ {
				if !eq(s2[k2], s2[k2-1]) {
					s[k] = s2[k2]
					k++
				}
			}
			var zero E
			for i := k; i < len(s); i++ {
				s[i] = zero
			}
			return s[:k]
		}
	}
	return s
}

func __slices_Compare[S ~[]E, E __ordered](s1, s2 S) int {
	for i, v1 := range s1 {
		if i >= len(s2) {
			return +1
		}
		v2 := s2[i]
		if v1 != v1 || v2 != v2 {
			if v1 == v1 {
				return +1
			}
			if v2 == v2 {
				return -1
			}
			continue
		}
		if v1 < v2 {
			return -1
		}
		if v1 > v2 {
			return +1
		}
	}
	if len(s1) < len(s2) {
		return -1
	}
	return 0
}

func __slices_CompareFunc[S1 ~[]E1, S2 ~[]E2, E1, E2 any](s1 S1, s2 S2, cmp func(E1, E2) int) int {
	for i, v1 := range s1 {
		if i >= len(s2) {
			return +1
		}
		v2 := s2[i]
		if c := cmp(v1, v2); c != 0 {
			return c
		}
	}
	if len(s1) < len(s2) {
		return -1
	}
	return 0
}

func __slices_Concat[S ~[]E, E any](slices ...S) S {
	size := 0
	for _, s := range slices {
		size += len(s)
		if size < 0 {
			panic("len out of range")
		}
	}
	var newslice S
	if size > 0 {
		newslice = append(newslice, make(S, size)...)[:0] // as Grow
	}
	for _, s := range slices {
		newslice = append(newslice, s...)
	}
	return newslice
}

func __slices_Contains[S ~[]E, E comparable](s S, v E) bool {
	if __builtin_iface(*new(E)) {
		for i := range s {
			if __builtin_same(v, s[i]) {
				return true
			}
		}
		return false
	}
	for i := range s {
		if v == s[i] {
			return true
		}
	}
	return false
}

func __slices_ContainsFunc[S ~[]E, E any](s S, f func(E) bool) bool {
	for i := range s {
		if f(s[i]) {
			return true
		}
	}
	return false
}

func __slices_Index[S ~[]E, E comparable](s S, v E) int {
	if __builtin_iface(*new(E)) {
		for i := range s {
			if __builtin_same(v, s[i]) {
				return i
			}
		}
		return -1
	}
	for i := range s {
		if v == s[i] {
			return i
		}
	}
	return -1
}

func __slices_IndexFunc[S ~[]E, E any](s S, f func(E) bool) int {
	for i := range s {
		if f(s[i]) {
			return i
		}
	}
	return -1
}

func __slices_Delete[S ~[]E, E any](s S, i, j int) S {
	__builtin_bounds3(i, j, len(s), cap(s))
	if i == j {
		return s
	}
	oldlen := len(s)
	s = append(s[:i], s[j:]...)
	var zero E
	for k := len(s); k < oldlen; k++ {
		s[:oldlen][k] = zero
	}
	return s
}

func __slices_DeleteFunc[S ~[]E, E any](s S, del func(E) bool) S {
	i := 0
	for i < len(s) && !del(s[i]) {
		i++
	}
	if i == len(s) {
		return s
	}
	for j := i + 1; j < len(s); j++ {
		if v := s[j]; !del(v) {
			s[i] = v
			i++
		}
	}
	var zero E
	for k := i; k < len(s); k++ {
		s[k] = zero
	}
	return s[:i]
}

func __slices_Equal[S ~[]E, E comparable](s1, s2 S) bool {
	if len(s1) != len(s2) {
		return false
	}
	if __builtin_iface(*new(E)) {
		for i := range s1 {
			if !__builtin_same(s1[i], s2[i]) {
				return false
			}
		}
		return true
	}
	for i := range s1 {
		if s1[i] != s2[i] {
			return false
		}
	}
	return true
}

func __slices_EqualFunc[S1 ~[]E1, S2 ~[]E2, E1, E2 any](s1 S1, s2 S2, eq func(E1, E2) bool) bool {
	if len(s1) != len(s2) {
		return false
	}
	for i, v1 := range s1 {
		v2 := s2[i]
		if !eq(v1, v2) {
			return false
		}
	}
	return true
}

func __slices_Grow[S ~[]E, E any](s S, n int) S {
	if n < 0 {
		panic("cannot be negative")
	}
	if n -= cap(s) - len(s); n > 0 {
		s = append(s[:cap(s)], make([]E, n)...)[:len(s)]
	}
	return s
}

func __slices_Insert[S ~[]E, E any](s S, i int, v ...E) S {
	__builtin_bounds(i, len(s), cap(s))
	m := len(v)
	if m == 0 {
		return s
	}
	n := len(s)
	if i == n {
		return append(s, v...)
	}
	if n+m > cap(s) {
		s2 := append(s[:i], make(S, n+m-i)...)
		copy(s2[i:], v)
		copy(s2[i+m:], s[i:])
		return s2
	}
	v = append([]E(nil), v...) // v may be part of s
	s = s[:n+m]
	copy(s[i+m:], s[i:n])
	copy(s[i:], v)
	return s
}

func __slices_Replace[S ~[]E, E any](s S, i, j int, v ...E) S {
	__builtin_bounds(i, j, cap(s))
	var zero E
	if i == j {
		// As Insert.
		m, n := len(v), len(s)
		if m == 0 {
			return s
		}
		if i == n {
			return append(s, v...)
		}
		if n+m > cap(s) {
			s2 := append(s[:i], make(S, n+m-i)...)
			copy(s2[i:], v)
			copy(s2[i+m:], s[i:])
			return s2
		}
		v = append([]E(nil), v...) // v may be part of s
		s = s[:n+m]
		copy(s[i+m:], s[i:n])
		copy(s[i:], v)
		return s
	}
	if j == len(s) {
		s2 := append(s[:i], v...)
		for k := len(s2); k < len(s); k++ {
			s[k] = zero
		}
		return s2
	}
	tot := len(s[:i]) + len(v) + len(s[j:])
	if tot > cap(s) {
		s2 := append(s[:i], make(S, tot-i)...)
		copy(s2[i:], v)
		copy(s2[i+len(v):], s[j:])
		return s2
	}
	v = append([]E(nil), v...) // v may be part of s
	r := s[:tot]
	copy(r[i+len(v):], s[j:])
	copy(r[i:], v)
	for k := tot; k < len(s); k++ {
		s[k] = zero
	}
	return r
}

func __slices_IsSorted[S ~[]E, E __ordered](x S) bool {
	for i := len(x) - 1; i > 0; i-- {
		if x[i] < x[i-1] || (x[i] != x[i] && x[i-1] == x[i-1]) {
			return false
		}
	}
	return true
}

func __slices_IsSortedFunc[S ~[]E, E any](x S, cmp func(a, b E) int) bool {
	for i := len(x) - 1; i > 0; i-- {
		if cmp(x[i], x[i-1]) < 0 {
			return false
		}
	}
	return true
}

func __slices_Max[S ~[]E, E __ordered](x S) E {
	if len(x) < 1 {
		panic("slices.Max: empty list")
	}
	m := x[0]
	for i := 1; i < len(x); i++ {
		if x[i] != x[i] {
			return x[i]
		}
		if x[i] > m || x[i] == m && __builtin_negzero(m) { // max(-0, 0) is 0
			m = x[i]
		}
	}
	return m
}

func __slices_MaxFunc[S ~[]E, E any](x S, cmp func(a, b E) int) E {
	if len(x) < 1 {
		panic("slices.MaxFunc: empty list")
	}
	m := x[0]
	for i := 1; i < len(x); i++ {
		if cmp(x[i], m) > 0 {
			m = x[i]
		}
	}
	return m
}

func __slices_Min[S ~[]E, E __ordered](x S) E {
	if len(x) < 1 {
		panic("slices.Min: empty list")
	}
	m := x[0]
	for i := 1; i < len(x); i++ {
		if x[i] != x[i] {
			return x[i]
		}
		if x[i] < m || x[i] == m && __builtin_negzero(x[i]) { // min(0, -0) is -0
			m = x[i]
		}
	}
	return m
}

func __slices_MinFunc[S ~[]E, E any](x S, cmp func(a, b E) int) E {
	if len(x) < 1 {
		panic("slices.MinFunc: empty list")
	}
	m := x[0]
	for i := 1; i < len(x); i++ {
		if cmp(x[i], m) < 0 {
			m = x[i]
		}
	}
	return m
}

func __slices_Repeat[S ~[]E, E any](x S, count int) S {
	if count < 0 {
		panic("cannot be negative")
	}
	const maxInt = ^uint(0) >> 1
	hi, lo := __p_bits.Mul(uint(len(x)), uint(count))
	if hi > 0 || lo > maxInt {
		panic("the result of (len(x) * count) overflows")
	}
	newslice := make(S, int(lo))
	n := copy(newslice, x)
	for n < len(newslice) {
		n += copy(newslice[n:], newslice[:n])
	}
	return newslice
}

func __slices_Reverse[S ~[]E, E any](s S) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

func __slices_Sort[S ~[]E, E __ordered](x S) {
	n := len(x)
	__slices_pdqsort_func(__slices_lessSwap{
		func(i, j int) bool { return x[i] < x[j] || (x[i] != x[i] && x[j] == x[j]) },
		func(i, j int) { x[i], x[j] = x[j], x[i] },
	}, 0, n, __p_bits.Len(uint(n)))
}

func __slices_SortFunc[S ~[]E, E any](x S, cmp func(a, b E) int) {
	n := len(x)
	__slices_pdqsort_func(__slices_lessSwap{
		func(i, j int) bool { return cmp(x[i], x[j]) < 0 },
		func(i, j int) { x[i], x[j] = x[j], x[i] },
	}, 0, n, __p_bits.Len(uint(n)))
}

func __slices_SortStableFunc[S ~[]E, E any](x S, cmp func(a, b E) int) {
	__slices_stable_func(__slices_lessSwap{
		func(i, j int) bool { return cmp(x[i], x[j]) < 0 },
		func(i, j int) { x[i], x[j] = x[j], x[i] },
	}, len(x))
}
