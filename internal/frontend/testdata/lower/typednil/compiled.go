// Nil values of the program's held as compiled interfaces with methods
// are not nil interfaces, and their methods get the nil receiver.
package main

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

type MyReader struct{ s *strings.Reader }

func (r *MyReader) Read(p []byte) (int, error) {
	if r == nil {
		return 0, io.EOF
	}
	return r.s.Read(p)
}

type Names []string

func (n Names) Len() int           { return len(n) }
func (n Names) Less(i, j int) bool { return n[i] < n[j] }
func (n Names) Swap(i, j int)      { n[i], n[j] = n[j], n[i] }

func source(name string) io.Reader {
	var r *MyReader
	if name != "" {
		r = &MyReader{strings.NewReader(name)}
	}
	return r
}

func main() {
	r := source("")
	fmt.Println(r == nil, r != nil)
	fmt.Printf("%T %v\n", r, r)
	b, err := io.ReadAll(r)
	fmt.Println(len(b), err)
	p, ok := r.(*MyReader)
	fmt.Println(p == nil, ok)
	switch v := r.(type) {
	case *MyReader:
		fmt.Println("MyReader", v == nil)
	default:
		fmt.Println("other")
	}
	var n Names
	sort.Sort(n)
	var s sort.Interface = n
	fmt.Println(s.Len(), s != nil)
	fmt.Printf("%T %v %d\n", s, s, s.Len())
	sort.Sort(sort.Reverse(Names{"b", "a", "c"}))
	x := Names{"b", "a", "c"}
	sort.Sort(x)
	fmt.Println(x)
}

// Output:
// false true
// *main.MyReader <nil>
// 0 <nil>
// true true
// MyReader true
// 0 true
// main.Names [] 0
// [a b c]
