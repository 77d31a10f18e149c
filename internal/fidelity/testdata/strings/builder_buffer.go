package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

func render(w io.Writer, pts []Point) {
	for i, p := range pts {
		if i > 0 {
			io.WriteString(w, " -> ")
		}
		fmt.Fprint(w, p)
	}
	fmt.Fprintln(w)
}

func main() {
	var sb strings.Builder
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&sb, "%d:", i)
		sb.WriteByte('x')
		sb.WriteRune('é')
		sb.WriteString(";")
	}
	fmt.Println(sb.String(), sb.Len())

	pts := []Point{{1, 2}, {3, 4}, {5, 6}}
	var buf bytes.Buffer
	render(&buf, pts)
	fmt.Print(buf.String())
	sb.Reset()
	render(&sb, pts[:2])
	fmt.Printf("%q\n", sb.String())

	buf.Reset()
	buf.WriteString("line one\nline two\nline three\n")
	for {
		line, err := buf.ReadString('\n')
		if err == io.EOF {
			break
		}
		fmt.Printf("%q\n", strings.TrimSpace(line))
	}

	var b2 bytes.Buffer
	b2.Write([]byte("hello"))
	b2.WriteByte(' ')
	fmt.Fprintf(&b2, "%05.1f", 3.14159)
	fmt.Println(b2.String(), b2.Len())
	p := make([]byte, 3)
	n, _ := b2.Read(p)
	fmt.Println(n, string(p), b2.String())
	fmt.Println(bytes.ToUpper(b2.Bytes()), string(bytes.ToUpper(b2.Bytes())))
	fmt.Println(bytes.Contains([]byte("seafood"), []byte("foo")), bytes.Equal(nil, []byte{}))
}
