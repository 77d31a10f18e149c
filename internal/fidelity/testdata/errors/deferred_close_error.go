package main

import (
	"errors"
	"fmt"
)

type file struct {
	name   string
	closed bool
	failOn string
}

func (f *file) Write(s string) error {
	if s == f.failOn {
		return fmt.Errorf("write %s: disk full", f.name)
	}
	fmt.Println("wrote", s, "to", f.name)
	return nil
}

func (f *file) Close() error {
	f.closed = true
	if f.name == "bad.txt" {
		return errors.New("close bad.txt: i/o error")
	}
	return nil
}

func save(name string, lines []string, failOn string) (err error) {
	f := &file{name: name, failOn: failOn}
	defer func() {
		if cerr := f.Close(); cerr != nil {
			err = errors.Join(err, cerr)
		}
	}()
	for _, l := range lines {
		if err := f.Write(l); err != nil {
			return err
		}
	}
	return nil
}

func main() {
	fmt.Println("1:", save("a.txt", []string{"x", "y"}, ""))
	fmt.Println("2:", save("b.txt", []string{"x", "y"}, "y"))
	fmt.Println("3:", save("bad.txt", []string{"x"}, ""))
	err := save("bad.txt", []string{"q"}, "q")
	fmt.Printf("4: %q\n", err.Error())
}
