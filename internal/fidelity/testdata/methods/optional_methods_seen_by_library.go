// The standard library looks for optional methods on the values it is
// given as its interfaces: io.WriteString and strings.Replacer call a
// writer's WriteString, flag takes a value with IsBoolFlag without an
// argument; binary reads bytes through ReadByte; a method of another
// signature is not the library's.
package main

import (
	"bytes"
	"encoding/binary"
	"flag"
	"fmt"
	"io"
	"strings"
)

type logged struct {
	bytes.Buffer
	writes, strs int
}

func (l *logged) Write(p []byte) (int, error) { l.writes++; return l.Buffer.Write(p) }
func (l *logged) WriteString(s string) (int, error) {
	l.strs++
	return l.Buffer.WriteString(s)
}

type quiet struct{ n int }

func (q *quiet) Write(p []byte) (int, error) { q.n += len(p); return len(p), nil }
func (q *quiet) WriteString(s string)        { q.n += 100 }

type count int

func (c *count) String() string   { return fmt.Sprint(int(*c)) }
func (c *count) Set(string) error { *c++; return nil }
func (c *count) IsBoolFlag() bool { return true }

type bytesIn struct {
	b     []byte
	reads int
}

func (r *bytesIn) Read(p []byte) (int, error) { n := copy(p, r.b); r.b = r.b[n:]; return n, nil }
func (r *bytesIn) ReadByte() (byte, error) {
	if len(r.b) == 0 {
		return 0, io.EOF
	}
	r.reads++
	c := r.b[0]
	r.b = r.b[1:]
	return c, nil
}
func (r *bytesIn) UnreadByte() error { return nil }

func main() {
	var l logged
	io.WriteString(&l, "a")
	strings.NewReplacer("x", "y").WriteString(&l, "xox")
	io.MultiWriter(&l).(io.StringWriter).WriteString("!")
	fmt.Println(l.String(), l.writes, l.strs)

	q := &quiet{}
	io.WriteString(q, "hi")
	fmt.Println(q.n)

	fs := flag.NewFlagSet("prog", flag.ContinueOnError)
	var v count
	fs.Var(&v, "v", "verbosity")
	fmt.Println(fs.Parse([]string{"-v", "-v", "file.txt"}), v, fs.Args())

	r := &bytesIn{b: binary.AppendUvarint(nil, 300)}
	x, err := binary.ReadUvarint(r)
	fmt.Println(x, err, r.reads)
}
