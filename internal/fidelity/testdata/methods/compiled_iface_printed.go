// A value of yours with a String method, held in an io.Writer or a
// sort.Interface, printed straight from the interface.
package main

import (
	"fmt"
	"io"
	"sort"
)

type Tally struct{ lines, bytes int }

func (t *Tally) Write(p []byte) (int, error) {
	t.lines++
	t.bytes += len(p)
	return len(p), nil
}

func (t *Tally) String() string { return fmt.Sprintf("%d lines, %d bytes", t.lines, t.bytes) }

type ByLen []string

func (s ByLen) Len() int           { return len(s) }
func (s ByLen) Less(i, j int) bool { return len(s[i]) < len(s[j]) }
func (s ByLen) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }
func (s ByLen) String() string     { return fmt.Sprintf("%d words, shortest %q", len(s), s[0]) }

func main() {
	var w io.Writer = &Tally{}
	fmt.Fprintln(w, "first line")
	fmt.Fprintln(w, "second")
	fmt.Println(w)
	fmt.Printf("tally: %v / %s\n", w, w)

	var words sort.Interface = ByLen{"banana", "fig", "apple"}
	sort.Sort(words)
	fmt.Println(words)
}
