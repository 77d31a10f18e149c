// Every function of packages maps and cmp, and iter.Pull and Pull2.
package main

import (
	"cmp"
	"fmt"
	"iter"
	"maps"
	"math"
	"slices"
	"strings"
)

type Ages map[string]int

func main() {
	m := Ages{"ann": 31, "bob": 25, "cy": 40}
	fmt.Println(slices.Sorted(maps.Keys(m)), slices.Sorted(maps.Values(m)))
	keys := []string{}
	for k, v := range maps.All(m) {
		keys = append(keys, fmt.Sprint(k, "=", v))
	}
	slices.Sort(keys)
	fmt.Println(keys)
	c := maps.Clone(m)
	c["dee"] = 1
	fmt.Println(len(m), len(c), maps.Equal(m, c), maps.Clone(Ages(nil)) == nil)
	maps.DeleteFunc(c, func(k string, v int) bool { return v < 30 })
	fmt.Println(c)
	maps.Copy(c, map[string]int{"eve": 2})
	fmt.Println(c, maps.EqualFunc(c, map[string]string{"ann": "31", "cy": "40", "eve": "2"}, func(a int, b string) bool { return fmt.Sprint(a) == b }))
	col := maps.Collect(slices.All([]string{"x", "y"}))
	fmt.Println(col)
	maps.Insert(col, maps.All(map[int]string{5: "z"}))
	fmt.Println(col)

	fmt.Println(cmp.Compare(1, 2), cmp.Compare("b", "a"), cmp.Compare(math.NaN(), 1), cmp.Compare(2.0, math.NaN()), cmp.Compare(math.NaN(), math.NaN()))
	fmt.Println(cmp.Less(1, 2), cmp.Less(math.NaN(), math.Inf(-1)), cmp.Or("", "first", "second"), cmp.Or(0, 0), cmp.Or[string]())

	seq := iter.Seq[int](slices.Values([]int{10, 20, 30}))
	next, stop := iter.Pull(seq)
	v, ok := next()
	fmt.Println(v, ok)
	v, ok = next()
	fmt.Println(v, ok)
	stop()
	v, ok = next()
	fmt.Println(v, ok)

	next2, stop2 := iter.Pull2(maps.All(map[string]int{"k": 1}))
	k, v2, ok2 := next2()
	fmt.Println(k, v2, ok2)
	k, v2, ok2 = next2()
	fmt.Println(k, v2, ok2)
	stop2()

	// A panic in the iterator comes out of next.
	bad := func(yield func(int) bool) {
		yield(1)
		panic("iterator broke")
	}
	n3, s3 := iter.Pull(bad)
	fmt.Println(n3())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		n3()
	}()
	s3()

	var lines iter.Seq2[int, string] = func(yield func(int, string) bool) {
		for i, l := range strings.Split("a,b,c", ",") {
			if !yield(i, l) {
				return
			}
		}
	}
	for i, l := range lines {
		if i == 2 {
			break
		}
		fmt.Print(i, l, ";")
	}
	fmt.Println()
}

// Output:
// [ann bob cy] [25 31 40]
// [ann=31 bob=25 cy=40]
// 3 4 false true
// map[ann:31 cy:40]
// map[ann:31 cy:40 eve:2] true
// map[0:x 1:y]
// map[0:x 1:y 5:z]
// -1 1 -1 1 0
// true true first 0
// 10 true
// 20 true
// 0 false
// k 1 true
//  0 false
// 1 true
// recovered: iterator broke
// 0a;1b;
