// Every function of package slices, on tables of arguments: each call's
// result prints, and the slices it changed.
package main

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"
	"time"
)

type IDs []int

type person struct {
	name string
	age  int
}

func main() {
	ints := [][]int{nil, {}, {1}, {3, 1, 2}, {5, 5, 1, 5, 2, 2, 9}, {9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 11, 12, 13, 10, 15, 14, 20, 17}}
	for _, s := range ints {
		c := slices.Clone(s)
		slices.Sort(c)
		fmt.Println("sort", s, c, slices.IsSorted(s), slices.IsSorted(c), c == nil)
		fmt.Println("compact", slices.Compact(slices.Clone(c)), slices.Contains(s, 5), slices.Index(s, 2))
		fmt.Println("search", fmt.Sprint(slices.BinarySearch(c, 5)), slices.Equal(s, c), slices.Compare(s, c))
		r := slices.Clone(s)
		slices.Reverse(r)
		fmt.Println("reverse", r, slices.Repeat(s, 2), len(slices.Clip(s)), cap(slices.Clip(s)) == len(s))
		if len(s) > 0 {
			fmt.Println("minmax", slices.Min(s), slices.Max(s))
		}
		fmt.Println("delete", slices.DeleteFunc(slices.Clone(s), func(x int) bool { return x%2 == 1 }))
		fmt.Println("insert", slices.Insert(slices.Clone(s), 0, 7, 8), slices.Concat(s, []int{0}, nil, s))
		if len(s) >= 2 {
			fmt.Println("delete", slices.Delete(slices.Clone(s), 0, 1), slices.Replace(slices.Clone(s), 0, 2, 4, 4, 4), slices.Replace(slices.Clone(s), 1, len(s)))
		}
		fmt.Println("chunk", slices.Collect(slices.Chunk(s, 2)))
		for i, v := range slices.Backward(s) {
			fmt.Print(i, ":", v, " ")
		}
		for i, v := range slices.All(s) {
			fmt.Print(i, "=", v, " ")
		}
		fmt.Println(slices.Sorted(slices.Values(s)), len(slices.Grow(s, 10)))
	}

	// Ties keep the order Go's sorts give them (pdqsort: not stable).
	var people []person
	for i := range 40 {
		people = append(people, person{fmt.Sprint("p", i), (i * 7) % 5})
	}
	byAge := func(a, b person) int { return cmp.Compare(a.age, b.age) }
	unstable := slices.Clone(people)
	slices.SortFunc(unstable, byAge)
	stable := slices.Clone(people)
	slices.SortStableFunc(stable, byAge)
	fmt.Println(unstable)
	fmt.Println(stable)
	fmt.Println(slices.IsSortedFunc(unstable, byAge), slices.MinFunc(people, byAge), slices.MaxFunc(people, byAge))
	fmt.Println(slices.SortedFunc(slices.Values(people[:9]), byAge))
	fmt.Println(slices.SortedStableFunc(slices.Values(people[:9]), byAge))
	fmt.Println(slices.IndexFunc(people, func(p person) bool { return p.age == 3 }), slices.ContainsFunc(people, func(p person) bool { return p.age > 4 }))
	fmt.Println(slices.BinarySearchFunc(stable, 2, func(p person, age int) int { return cmp.Compare(p.age, age) }))
	fmt.Println(slices.CompactFunc([]string{"a", "A", "b", "B", "b"}, strings.EqualFold))
	fmt.Println(slices.EqualFunc([]int{1, 2}, []string{"1", "2"}, func(i int, s string) bool { return fmt.Sprint(i) == s }))
	fmt.Println(slices.CompareFunc([]int{1, 2}, []string{"1", "3"}, func(i int, s string) int { return strings.Compare(fmt.Sprint(i), s) }))

	// Floats: NaN sorts first, and min and max see it.
	fs := []float64{3, math.NaN(), -1, math.Inf(1), 0}
	fc := slices.Clone(fs)
	slices.Sort(fc)
	fmt.Println(fc, slices.Min(fs), slices.Max(fs), slices.Index(fs, math.NaN()))
	fmt.Println(slices.BinarySearch(fc, math.NaN()))
	fmt.Println(slices.Min([]float64{0, math.Copysign(0, -1)}), slices.Max([]float64{math.Copysign(0, -1), 0}))

	// Named types and a compiled package's type.
	ids := IDs{3, 1, 2}
	slices.Sort(ids)
	fmt.Println(ids, slices.Clone(ids))
	ds := []time.Duration{time.Second, time.Millisecond}
	slices.Sort(ds)
	fmt.Println(ds, slices.Max(ds))
	words := strings.Fields("the quick brown fox")
	slices.SortFunc(words, func(a, b string) int { return cmp.Compare(len(a), len(b)) })
	fmt.Println(words, slices.AppendSeq([]string{"x"}, slices.Values(words)))

	// Panics as Go's.
	for _, f := range []func(){
		func() { slices.Min([]int{}) },
		func() { slices.Chunk([]int{1}, 0) },
		func() { slices.Delete([]int{1}, 1, 3) },
		func() { slices.Repeat([]int{1}, -1) },
	} {
		func() {
			defer func() { fmt.Println("panic:", recover() != nil) }()
			f()
		}()
	}
}

// Output:
// sort [] [] true true true
// compact [] false -1
// search 0 false true 0
// reverse [] [] 0 true
// delete []
// insert [7 8] [0]
// chunk []
// [] 0
// sort [] [] true true false
// compact [] false -1
// search 0 false true 0
// reverse [] [] 0 true
// delete []
// insert [7 8] [0]
// chunk []
// [] 0
// sort [1] [1] true true false
// compact [1] false -1
// search 1 false true 0
// reverse [1] [1 1] 1 true
// minmax 1 1
// delete []
// insert [7 8 1] [1 0 1]
// chunk [[1]]
// 0:1 0=1 [1] 1
// sort [3 1 2] [1 2 3] false true false
// compact [1 2 3] false 2
// search 3 false false 1
// reverse [2 1 3] [3 1 2 3 1 2] 3 true
// minmax 1 3
// delete [2]
// insert [7 8 3 1 2] [3 1 2 0 3 1 2]
// delete [1 2] [4 4 4 2] [3]
// chunk [[3 1] [2]]
// 2:2 1:1 0:3 0=3 1=1 2=2 [1 2 3] 3
// sort [5 5 1 5 2 2 9] [1 2 2 5 5 5 9] false true false
// compact [1 2 5 9] true 4
// search 3 true false 1
// reverse [9 2 2 5 1 5 5] [5 5 1 5 2 2 9 5 5 1 5 2 2 9] 7 true
// minmax 1 9
// delete [2 2]
// insert [7 8 5 5 1 5 2 2 9] [5 5 1 5 2 2 9 0 5 5 1 5 2 2 9]
// delete [5 1 5 2 2 9] [4 4 4 1 5 2 2 9] [5]
// chunk [[5 5] [1 5] [2 2] [9]]
// 6:9 5:2 4:2 3:5 2:1 1:5 0:5 0=5 1=5 2=1 3=5 4=2 5=2 6=9 [1 2 2 5 5 5 9] 7
// sort [9 8 7 6 5 4 3 2 1 0 11 12 13 10 15 14 20 17] [0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 17 20] false true false
// compact [0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 17 20] true 7
// search 5 true false 1
// reverse [17 20 14 15 10 13 12 11 0 1 2 3 4 5 6 7 8 9] [9 8 7 6 5 4 3 2 1 0 11 12 13 10 15 14 20 17 9 8 7 6 5 4 3 2 1 0 11 12 13 10 15 14 20 17] 18 true
// minmax 0 20
// delete [8 6 4 2 0 12 10 14 20]
// insert [7 8 9 8 7 6 5 4 3 2 1 0 11 12 13 10 15 14 20 17] [9 8 7 6 5 4 3 2 1 0 11 12 13 10 15 14 20 17 0 9 8 7 6 5 4 3 2 1 0 11 12 13 10 15 14 20 17]
// delete [8 7 6 5 4 3 2 1 0 11 12 13 10 15 14 20 17] [4 4 4 7 6 5 4 3 2 1 0 11 12 13 10 15 14 20 17] [9]
// chunk [[9 8] [7 6] [5 4] [3 2] [1 0] [11 12] [13 10] [15 14] [20 17]]
// 17:17 16:20 15:14 14:15 13:10 12:13 11:12 10:11 9:0 8:1 7:2 6:3 5:4 4:5 3:6 2:7 1:8 0:9 0=9 1=8 2=7 3=6 4=5 5=4 6=3 7=2 8=1 9=0 10=11 11=12 12=13 13=10 14=15 15=14 16=20 17=17 [0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 17 20] 18
// [{p20 0} {p10 0} {p35 0} {p30 0} {p0 0} {p5 0} {p25 0} {p15 0} {p28 1} {p3 1} {p8 1} {p38 1} {p33 1} {p13 1} {p18 1} {p23 1} {p26 2} {p11 2} {p1 2} {p36 2} {p6 2} {p21 2} {p16 2} {p31 2} {p34 3} {p14 3} {p24 3} {p39 3} {p19 3} {p29 3} {p9 3} {p4 3} {p7 4} {p12 4} {p22 4} {p2 4} {p32 4} {p37 4} {p17 4} {p27 4}]
// [{p0 0} {p5 0} {p10 0} {p15 0} {p20 0} {p25 0} {p30 0} {p35 0} {p3 1} {p8 1} {p13 1} {p18 1} {p23 1} {p28 1} {p33 1} {p38 1} {p1 2} {p6 2} {p11 2} {p16 2} {p21 2} {p26 2} {p31 2} {p36 2} {p4 3} {p9 3} {p14 3} {p19 3} {p24 3} {p29 3} {p34 3} {p39 3} {p2 4} {p7 4} {p12 4} {p17 4} {p22 4} {p27 4} {p32 4} {p37 4}]
// true {p0 0} {p2 4}
// [{p0 0} {p5 0} {p3 1} {p8 1} {p1 2} {p6 2} {p4 3} {p2 4} {p7 4}]
// [{p0 0} {p5 0} {p3 1} {p8 1} {p1 2} {p6 2} {p4 3} {p2 4} {p7 4}]
// 4 false
// 16 true
// [a b]
// true
// -1
// [NaN -1 0 3 +Inf] NaN NaN -1
// 0 true
// -0 0
// [1 2 3] [1 2 3]
// [1ms 1s] 1s
// [the fox quick brown] [x the fox quick brown]
// panic: true
// panic: true
// panic: true
// panic: true
