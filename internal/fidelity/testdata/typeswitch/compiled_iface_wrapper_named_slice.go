package main

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

type Nums []int

func (n Nums) Len() int           { return len(n) }
func (n Nums) Less(i, j int) bool { return n[i] < n[j] }
func (n Nums) Swap(i, j int)      { n[i], n[j] = n[j], n[i] }
func (n Nums) String() string     { return fmt.Sprintf("Nums%d", []int(n)) }

type Words []string

func (w Words) Len() int           { return len(w) }
func (w Words) Less(i, j int) bool { return w[i] < w[j] }
func (w Words) Swap(i, j int)      { w[i], w[j] = w[j], w[i] }

type Src string

func (s Src) Read(p []byte) (int, error) { return copy(p, s), io.EOF }
func (s Src) String() string             { return "Src(" + string(s) + ")" }

func describe(s sort.Interface) string {
	switch v := s.(type) {
	case fmt.Stringer:
		return "stringer " + v.String()
	default:
		return fmt.Sprintf("plain %d", v.Len())
	}
}

func main() {
	fmt.Println(describe(Nums{2, 1}))
	fmt.Println(describe(Words{"b", "a"}))
	var r io.Reader = Src("hi")
	if st, ok := r.(fmt.Stringer); ok {
		fmt.Println(st.String(), st)
	}
	b, _ := io.ReadAll(r)
	fmt.Println(string(b))
	var a any = r
	_, ok := a.(fmt.Stringer)
	fmt.Println(ok)
	ws := []sort.Interface{Nums{1}, Words{"x"}, sort.IntSlice{3}}
	for _, w := range ws {
		_, ok := w.(fmt.Stringer)
		fmt.Println(ok)
	}
	fmt.Println(strings.Repeat("-", 3))
}
