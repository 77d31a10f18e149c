// Struct types embedding compiled types (an interface, a pointer to a
// struct, a struct with methods, a mutex) handed to compiled code as
// interfaces, and their promoted methods called.
package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
	"sync"
	"time"
)

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

type reverse struct{ sort.Interface }

func (r reverse) Less(i, j int) bool { return r.Interface.Less(j, i) }

type wrapErr struct {
	error
	op string
}

type Event struct {
	time.Time
	Name string
}

type countingWriter struct {
	io.Writer
	n int
}

func (c *countingWriter) Write(p []byte) (int, error) {
	c.n += len(p)
	return c.Writer.Write(p)
}

type Registry struct {
	sync.RWMutex
	items map[string]int
}

type Payload struct {
	*bytes.Buffer
}

func main() {
	words := []string{"ccc", "a", "bb"}
	sort.Sort(reverse{byLen(words)})
	fmt.Println(words)
	var err error = wrapErr{errors.New("disk full"), "write"}
	fmt.Println(err, errors.Unwrap(err) == nil)
	fmt.Printf("%v|%s\n", err, err)
	e := Event{time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC), "launch"}
	fmt.Println(e.Year(), e.Name, e.Format("2006-01-02"))
	b, _ := json.Marshal(e)
	fmt.Println(string(b))
	var sb strings.Builder
	cw := &countingWriter{Writer: &sb}
	fmt.Fprintf(cw, "hello %s", "world")
	io.WriteString(cw, "!")
	fmt.Println(sb.String(), cw.n)
	r := &Registry{items: map[string]int{}}
	r.Lock()
	r.items["a"] = 1
	r.Unlock()
	r.RLock()
	fmt.Println(r.items)
	r.RUnlock()
	var l sync.Locker = r.RLocker()
	l.Lock()
	l.Unlock()
	fmt.Println(e)
}
