package main

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

type byLen []string

func (s byLen) Len() int           { return len(s) }
func (s byLen) Less(i, j int) bool { return len(s[i]) < len(s[j]) }
func (s byLen) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

type upper struct{ r io.Reader }

func (u upper) Read(p []byte) (int, error) {
	n, err := u.r.Read(p)
	copy(p, strings.ToUpper(string(p[:n])))
	return n, err
}

func main() {
	var si sort.Interface = byLen{"ccc", "a", "bb"}
	sort.Sort(si)
	fmt.Println(si)
	fmt.Printf("%v %s %T\n", si, si, si)
	var r io.Reader = upper{strings.NewReader("hi")}
	b, _ := io.ReadAll(r)
	fmt.Println(string(b))
}
