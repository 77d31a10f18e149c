package main

import "fmt"

type File struct {
	name   string
	closed bool
}

func (f *File) Close() error {
	f.closed = true
	fmt.Println("closing", f.name)
	return nil
}

type Span struct{ id int }

func (s Span) End(status string) { fmt.Println("span", s.id, status) }

func open(name string) *File { return &File{name: name} }

func copyAll(names []string) {
	for i, name := range names {
		f := open(name)
		defer f.Close()
		sp := Span{i}
		defer sp.End("ok")
		defer func() { fmt.Println("done with", name, i) }()
	}
	fmt.Println("copied", len(names))
}

func main() {
	copyAll([]string{"a.txt", "b.txt", "c.txt"})
}
