// A value of yours put in an io.Writer or a sort.Interface, then handed
// on as an any: fmt still calls its String method.
package main

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

type Counter struct{ n int }

func (c *Counter) Write(p []byte) (int, error) { c.n += len(p); return len(p), nil }
func (c *Counter) String() string              { return fmt.Sprintf("Counter(%d bytes)", c.n) }

type Scores []int

func (s Scores) Len() int           { return len(s) }
func (s Scores) Less(i, j int) bool { return s[i] > s[j] }
func (s Scores) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }
func (s Scores) String() string {
	parts := make([]string, len(s))
	for i, v := range s {
		parts[i] = fmt.Sprint(v, "pts")
	}
	return strings.Join(parts, ", ")
}

func report(label string, v any) { fmt.Printf("%s: %v\n", label, v) }

func main() {
	var w io.Writer = &Counter{}
	fmt.Fprintf(w, "hello %s", "world")
	report("writer", w)
	var anything any = w
	fmt.Println(anything)

	var data sort.Interface = Scores{30, 10, 20}
	sort.Sort(data)
	report("scores", data)
	fmt.Println([]any{w, data})
}
