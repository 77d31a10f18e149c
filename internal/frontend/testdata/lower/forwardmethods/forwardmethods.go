// Struct types embedding compiled types, handed to compiled code as
// interfaces: the interpreter built them without the promoted methods,
// and for an embedded *log.Logger beside another field called another
// method of the logger.
package main

import (
	"fmt"
	"io"
	"log"
	"sort"
	"strings"
)

type rev struct{ sort.Interface }

func (r rev) Less(i, j int) bool { return r.Interface.Less(j, i) }

type AppLog struct {
	*log.Logger
	level int
}

type upper struct {
	io.Reader
	n int
}

func main() {
	xs := []int{1, 3, 2}
	sort.Sort(rev{sort.IntSlice(xs)})
	fmt.Println(xs)
	var logged strings.Builder
	al := AppLog{log.New(&logged, "app: ", 0), 1}
	al.SetPrefix("new: ")
	al.Printf("level %d", al.level)
	fmt.Print(logged.String())
	b, err := io.ReadAll(upper{strings.NewReader("abc"), 1})
	fmt.Println(string(b), err)
}

// Output:
// [3 2 1]
// new: level 1
// abc <nil>
