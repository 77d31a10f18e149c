// A method of a generic type calling cmp.Compare with values of its type
// parameter: the prelude's stand-in, called as __cmp_Compare[K], failed to
// compile for an instance of a type the program declares (Tree[Word]), and
// the methods after it were lost ("undefined selector: String"); left to
// the interpreter's inference, it runs.
package main

import (
	"cmp"
	"fmt"
	"strings"
)

type Tree[K cmp.Ordered] struct {
	keys []K
}

func (t *Tree[K]) Add(k K) {
	i := 0
	for i < len(t.keys) && cmp.Compare(t.keys[i], k) < 0 {
		i++
	}
	t.keys = append(t.keys[:i], append([]K{k}, t.keys[i:]...)...)
}

func (t *Tree[K]) String() string {
	var sb strings.Builder
	for _, k := range t.keys {
		fmt.Fprintf(&sb, "%v ", k)
	}
	return strings.TrimSpace(sb.String())
}

type Word string

func main() {
	w := &Tree[Word]{}
	for _, s := range strings.Fields("the quick brown fox") {
		w.Add(Word(s))
	}
	fmt.Println(w)
	f := &Tree[float64]{}
	f.Add(2.5)
	f.Add(-1)
	fmt.Println(f)
}

// Output:
// brown fox quick the
// -1 2.5
