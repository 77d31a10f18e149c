// Deferred method calls in loops take their receiver and arguments at the
// statement: value and pointer receivers, loop variables and elements,
// variadic and spread arguments.
package main

import (
	"fmt"
	"strings"
	"sync"
)

type T struct{ n int }

func (t T) M()  { fmt.Println("M", t.n) }
func (t *T) P() { fmt.Println("P", t.n) }

type Log struct{ lines []string }

func (l *Log) Add(parts ...string) { l.lines = append(l.lines, strings.Join(parts, "+")) }

type C struct{ n int }

func (c C) Show(prefix string, xs ...int) { fmt.Println(prefix, c.n, xs) }

func receivers() {
	for _, t := range []T{{1}, {2}} {
		defer t.M()
		defer t.P()
	}
	ts := []T{{3}, {4}}
	for i := range ts {
		defer ts[i].M()
	}
}

func main() {
	receivers()
	var wg sync.WaitGroup
	l := &Log{}
	func() {
		for i, w := range []string{"a", "b", "c"} {
			wg.Add(1)
			defer wg.Done()
			defer l.Add(w, fmt.Sprint(i))
			c := C{i}
			defer c.Show("show", i, i*2)
			xs := []int{i}
			defer c.Show("spread", xs...)
			c.n = 100
		}
	}()
	wg.Wait()
	fmt.Println(l.lines)
}

// Output:
// M 4
// M 3
// P 2
// M 2
// P 1
// M 1
// spread 2 [2]
// show 2 [2 4]
// spread 1 [1]
// show 1 [1 2]
// spread 0 [0]
// show 0 [0 0]
// [c+2 b+1 a+0]
