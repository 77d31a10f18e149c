// Values of the program's with String held in slices, fields and maps of
// compiled interfaces without String (io.Writer, sort.Interface), printed.
package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
)

type Sink struct{ name string }

func (s *Sink) Write(p []byte) (int, error) { return len(p), nil }
func (s *Sink) String() string              { return "sink:" + s.name }

type Counter struct{ n int }

func (c *Counter) Write(p []byte) (int, error) { c.n += len(p); return len(p), nil }

type Names []string

func (n Names) Len() int           { return len(n) }
func (n Names) Less(i, j int) bool { return n[i] < n[j] }
func (n Names) Swap(i, j int)      { n[i], n[j] = n[j], n[i] }
func (n Names) String() string     { return fmt.Sprintf("%d names", len(n)) }

type Job struct {
	Name  string
	Order sort.Interface
	Out   io.Writer
}

type Level int

func (l Level) String() string { return [...]string{"low", "high"}[l] }

func main() {
	fmt.Println([]io.Writer{os.Stdout, &Sink{"v"}}[1:])
	var b bytes.Buffer
	b.WriteString("buf")
	c := &Counter{}
	ws := []io.Writer{&b, c, &strings.Builder{}}
	fmt.Printf("%v %d\n", len(ws), c.n)
	fmt.Println(ws[1])
	j := Job{Name: "j", Order: Names{"x"}, Out: &Sink{"o"}}
	fmt.Println(map[string]io.Writer{"k": &Sink{"m"}})
	fmt.Printf("%v\n%+v\n", j, j)
	fmt.Println([]any{Level(1)}, []fmt.Stringer{Level(0)})
	fmt.Printf("%s\n", []io.Writer{&Sink{"s"}})
}
